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
} from "./chunks/chunk-74IPZTPH.js";
import {
  ConfigError,
  ConfigErrors,
  Registry,
  UsageError,
  findConfig,
  loadRegistry,
  parseRegistry
} from "./chunks/chunk-33SZ5E4X.js";
import {
  isGeneratedFile
} from "./chunks/chunk-K7G5YRCE.js";
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
