// The package entry (`import { PortManager } from 'port-lint'`): the runtime API, the registry loader and the generators.
export { PortManager } from './runtime/port-manager.js';
export type { FindFreePortOptions, GetPortOptions, LoadOptions, PortManagerOptions, PortValidation } from './runtime/port-manager.js';
export {
  InvalidPortEnvError,
  NoFreePortError,
  PortCheckError,
  PortConflictError,
  PortError,
  RegistryNotFoundError,
  UnknownEnvironmentError,
  UnknownServiceError,
} from './runtime/errors.js';
export { configuredPort, type ConfiguredPort, type Variables } from './runtime/resolve.js';
export { systemProbe } from './runtime/listeners.js';
export type {
  InspectOptions,
  Listener,
  PortProbe,
  ProbeMethod,
  Protocol,
  Snapshot,
  SocketOwner,
  SystemProbeOptions,
  UnknownPort,
} from './runtime/listeners.js';
export { runCheck, type CheckReport, type CheckRow, type CheckState } from './runtime/check.js';

export { loadRegistry, parseRegistry, type LoadRegistryOptions } from './registry/load.js';
export { Registry, type RegistryData } from './registry/registry.js';
export { findConfig } from './registry/find.js';
export { applyEnvironment, chooseEnvironment, ENVIRONMENT_VARIABLE } from './registry/environment.js';
export type { Category, ConflictDetection, Environment, PortRange, ReservedPort, Service, ServiceOverride } from './registry/types.js';
export { ConfigError, ConfigErrors, UsageError } from './errors.js';

export { GENERATORS, generateCommand, isGeneratedFile, type GenerateContext, type GenerateFormat } from './generate/index.js';
