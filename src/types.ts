// Core data types shared by every stage: positions, occurrences, findings, severities.

/** A 1-based position; `column` counts UTF-16 code units, as SARIF's default columnKind does. */
export interface Position {
  line: number;
  column: number;
}

/** A source range: `end` is exclusive (the column just past the last character), as in SARIF and ESLint. */
export interface SourceRange {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning';

/** The languages port-lint classifies files into. Each has an extractor. */
export type LanguageId =
  | 'typescript'
  | 'tsx'
  | 'javascript'
  | 'python'
  | 'shell'
  | 'dockerfile'
  | 'compose'
  | 'yaml'
  | 'json'
  | 'env'
  | 'package-json'
  | 'ports-yaml';

/**
 * What a literal port is doing where it is written. Rules key off these:
 * a compose container side is sanctioned, an env default is checked against the registry, and so on.
 */
export type OccurrenceKind =
  | 'publish-host' // compose "HOST:container", docker run -p HOST:container
  | 'publish-container' // compose "host:CONTAINER", or a bare "3000" (container only)
  | 'expose' // Dockerfile EXPOSE, compose expose:
  | 'listen' // server.listen(3000), socket.bind(("", 8000)), http.server 8000
  | 'connect' // socket.connect((host, 6379)), nc host 6379, /dev/tcp/host/8000
  | 'url' // scheme://host:PORT
  | 'address' // host:PORT or :PORT without a scheme
  | 'env-assign' // PORT=8000 (.env, shell, compose environment, Dockerfile ENV/ARG)
  | 'env-default' // ${PORT:-8000}, os.getenv("PORT", "8000"), process.env.PORT ?? 8000
  | 'cli-flag' // --port 8000, -p 8000
  | 'property' // { port: 5173 }, "port": 5173, port=8000 keyword argument
  | 'parameter-default' // def serve(port=8000)
  | 'constant' // API_PORT = 8000
  | 'argument'; // a known command's positional port argument

export interface PortOccurrence {
  /** Path relative to the scan root, POSIX separators. */
  file: string;
  language: LanguageId;
  /** Where the port is written (the digits, or the variable when `port` is null). */
  range: SourceRange;
  /** The port, or null when it is given only through a variable without a default. */
  port: number | null;
  /** Upper end of a port range such as "3000-3005" (inclusive). */
  portEnd?: number;
  /** The port as written ("8000", "3000-3005", "${API_PORT}"). */
  text: string;
  kind: OccurrenceKind;
  /** The name the port is bound to: env var, identifier, key or flag (`CONTIMG_API_PORT`, `port`, `--port`). */
  name?: string;
  /** Env var whose lookup this port is the default of, or (port null) the only source of the port. */
  variable?: string;
  /** For a URL or address: the env var whose fallback the whole URL is (`os.getenv("REDIS_URL", "redis://localhost:6379")`). */
  defaultOf?: string;
  /** Host of a URL or authority. */
  host?: string;
  /** Compose host_ip / bind address of a published port. */
  hostIp?: string;
  protocol?: string;
  /** URL scheme when kind is url. */
  scheme?: string;
  /** Compose service the occurrence belongs to. */
  service?: string;
  /** Compose profiles of that service. */
  profiles?: string[];
  /** For a publish-host occurrence: the container port it maps to. */
  target?: number;
  /** True inside a comment or docstring. */
  comment: boolean;
  /** The trimmed text of the line it sits on, used for content fingerprints. */
  snippet: string;
}

/**
 * A change a rule proposes, applied by `--fix`: `range` is replaced by `text`, or — for `lookup` — by a
 * read of `envVar` with `port` as its default, written in the file's language and quoting (the fixer
 * sees the file; rules do not). A lookup the fixer cannot write safely is left alone.
 */
export type Fix = ({ range: SourceRange; text: string } | { range: SourceRange; lookup: { envVar: string; port: number } }) & {
  /** The text the scan saw at `range`: --fix rewrites a file only while every span still holds it. */
  expect?: string;
};

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the scan root, POSIX separators. */
  file: string;
  range: SourceRange;
  port?: number;
  service?: string;
  /** Content-based fingerprint: no line numbers, stable across edits above it. */
  fingerprint: string;
  /** The normalized line text the fingerprint was computed from. */
  snippet: string;
  fix?: Fix;
  /** What tied the literal to `service` (src/attribution.ts): for a reviewer, in JSON and SARIF properties. */
  evidence?: { kind: string; detail: string }[];
}

/** A file that was skipped or only partly scanned, or a non-fatal problem the user should know about. */
export interface Notice {
  file?: string;
  level: 'note' | 'warning' | 'error';
  message: string;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

/** The one ordering every output uses: path, line, column, rule, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    comparePositions(a.range.start, b.range.start) ||
    compareStrings(a.ruleId, b.ruleId) ||
    comparePositions(a.range.end, b.range.end) ||
    compareStrings(a.message, b.message)
  );
}

/** Locale-independent string comparison, so output order is the same on every machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
