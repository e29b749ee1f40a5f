// Typed errors that the CLI turns into one line on stderr and exit code 2.

/** Something wrong with ports.yaml: carries the file, 1-based line/column and the key path. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly keyPath: string,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${keyPath}: ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Several config problems found in one pass; each is printed on its own line. */
export class ConfigErrors extends Error {
  constructor(readonly errors: ConfigError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ConfigErrors';
  }
}

/** A bad command line: unknown rule, bad option value, unknown service. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Lines to print for an error the CLI reports as exit 2, or undefined for an unexpected error. */
export function describeKnownError(err: unknown): string[] | undefined {
  if (err instanceof ConfigErrors) return err.errors.map((e) => e.message);
  if (err instanceof ConfigError || err instanceof UsageError) return [err.message];
  return undefined;
}
