import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  ENVIRONMENT_VARIABLE,
  GENERATORS,
  InvalidPortEnvError,
  NoFreePortError,
  PortCheckError,
  PortConflictError,
  PortError,
  PortManager,
  RegistryNotFoundError,
  UnknownEnvironmentError,
  UnknownServiceError,
  applyEnvironment,
  chooseEnvironment,
  configuredPort,
  generateCommand,
  runCheck,
  systemProbe
} from "./chunks/chunk-IXDG3G6J.js";
import {
  ConfigError,
  ConfigErrors,
  Registry,
  UsageError,
  findConfig,
  loadRegistry,
  parseRegistry
} from "./chunks/chunk-6OLDST72.js";
import {
  isGeneratedFile
} from "./chunks/chunk-IHWP4SYN.js";
export {
  ConfigError,
  ConfigErrors,
  ENVIRONMENT_VARIABLE,
  GENERATORS,
  InvalidPortEnvError,
  NoFreePortError,
  PortCheckError,
  PortConflictError,
  PortError,
  PortManager,
  Registry,
  RegistryNotFoundError,
  UnknownEnvironmentError,
  UnknownServiceError,
  UsageError,
  applyEnvironment,
  chooseEnvironment,
  configuredPort,
  findConfig,
  generateCommand,
  isGeneratedFile,
  loadRegistry,
  parseRegistry,
  runCheck,
  systemProbe
};
