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
} from "./chunks/chunk-OVKV3HM5.js";
import {
  ConfigError,
  ConfigErrors,
  Registry,
  UsageError,
  findConfig,
  loadRegistry,
  parseRegistry
} from "./chunks/chunk-R3426OJX.js";
import {
  isGeneratedFile
} from "./chunks/chunk-PD4MD7ER.js";
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
