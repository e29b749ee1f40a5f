// Typed errors of the runtime API (PortManager, `port-lint get`): each names the service, port or variable at fault.
import { formatRange } from '../registry/registry.js';
import type { PortRange } from '../registry/types.js';
import { envValue, nameList, quote } from '../util/echo.js';

/** Base class of every error the runtime API throws on purpose. */
export class PortError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No ports.yaml where one was expected. */
export class RegistryNotFoundError extends PortError {
  constructor(readonly searched: string) {
    super(`no ports.yaml found from ${searched}; pass the path of ports.yaml`);
  }
}

/** A service name that ports.yaml does not declare. */
export class UnknownServiceError extends PortError {
  constructor(
    readonly service: string,
    readonly known: readonly string[],
    hint: string,
  ) {
    super(`unknown service ${quote(service)}${hint}; ports.yaml declares: ${nameList(known) || '(none)'}`);
  }
}

/** An environment name (--env, PORT_LINT_ENV, the env option) that ports.yaml does not declare. */
export class UnknownEnvironmentError extends PortError {
  constructor(
    readonly environment: string,
    message: string,
  ) {
    super(message);
  }
}

/** A service's env var holds something that is not a port of the service's range. */
export class InvalidPortEnvError extends PortError {
  constructor(
    readonly service: string,
    readonly variable: string,
    readonly value: string,
    readonly range: PortRange,
  ) {
    super(
      /^[0-9]+$/.test(value)
        ? `${variable}=${envValue(value)} is outside the range of ${service} (${formatRange(range)})`
        : `${variable}=${envValue(value)} is not a port number; ${service} takes an integer in ${formatRange(range)}`,
    );
  }
}

/** The service's port is taken and may not (or cannot) move. */
export class PortConflictError extends PortError {
  constructor(
    readonly service: string,
    readonly port: number,
    readonly holder: string,
    why: string,
  ) {
    super(`port ${port} of ${service} is in use (${holder}); ${why}`);
  }
}

/** Every port of a range is taken. */
export class NoFreePortError extends PortError {
  constructor(
    readonly range: PortRange,
    detail = '',
  ) {
    super(`no free port in ${formatRange(range)}${detail}`);
  }
}

/** Whether a port is free could not be determined: never guessed as free. */
export class PortCheckError extends PortError {
  constructor(
    readonly port: number,
    reason: string,
  ) {
    super(`cannot tell whether port ${port} is free: ${reason}`);
  }
}
