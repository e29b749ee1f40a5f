import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
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
  loadRegistry,
  parseRegistry,
  runCheck,
  systemProbe
} from "./chunks/chunk-QIRVVPPL.js";
import {
  isGeneratedFile
} from "./chunks/chunk-2CHEJJ7V.js";
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
