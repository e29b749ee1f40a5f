// Facts about an occurrence that several code rules share: which env var it is bound to, whether it is
// a container-side port, which registry service a compose service is, and how to read a port instead.
import type { Registry } from './registry/registry.js';
import type { Service } from './registry/types.js';
import type { PortOccurrence } from './types.js';

/**
 * The env var whose value this literal is: `API_PORT=8000` (env-assign), `${API_PORT:-8000}`,
 * `os.getenv("API_PORT", "8000")`, `process.env.API_PORT ?? 8000`, `"${API_PORT:-8000}:8000"`.
 */
export function envBinding(o: PortOccurrence): string | undefined {
  if (o.variable !== undefined) return o.variable;
  if (o.kind === 'env-assign') return o.name;
  return undefined;
}

/** The registered service whose env var this literal is the value or default of. */
export function boundService(o: PortOccurrence, registry: Registry): Service | undefined {
  const name = envBinding(o);
  return name === undefined ? undefined : registry.serviceForEnvVar(name);
}

/**
 * A port that lives only inside containers and binds nothing on the host: the container side of a
 * mapping, EXPOSE, everything in a Dockerfile (CMD, HEALTHCHECK, ENV run inside the image), and
 * everything of a compose service but its published host ports (command:, healthcheck:, environment:
 * and service-to-service URLs run on the container network).
 */
export function isContainerSide(o: PortOccurrence): boolean {
  if (o.kind === 'publish-container' || o.kind === 'expose') return true;
  if (o.language === 'dockerfile') return true;
  return o.service !== undefined && o.kind !== 'publish-host';
}

/** An occurrence that names someone else's port rather than binding one: a URL or address to it. */
export function isClientSide(o: PortOccurrence): boolean {
  return o.kind === 'url' || o.kind === 'address' || o.kind === 'connect';
}

/** `dashboard-dev` → `dashboard_dev`: compose and registry names compared loosely. */
export function normalizeServiceName(name: string): string {
  return name.toLowerCase().replace(/[-.\s]+/g, '_');
}

/** Whether the literal sits inside a URL or address string (`"http://localhost:8000/x"`) rather than standing alone. */
function inString(o: PortOccurrence): boolean {
  return o.kind === 'url' || o.kind === 'address';
}

/** Paths of code that runs in a browser bundle: Angular environment files and components, client/public/static trees. */
export function isBrowserPath(file: string): boolean {
  if (/\.config\.[cm]?[jt]s$/.test(file)) return false;
  return /(?:^|\/)environments\/environment[\w.-]*\.ts$|\.component\.ts$|(?:^|\/)(?:src\/app|public|static|client)\//.test(file);
}

/**
 * What to write instead of the literal, in the file's own language: `Number(process.env.X ?? 3000)` in
 * TypeScript, an f-string for a URL in Python, `${X:-3000}` where a shell expands it; and for files nothing
 * expands (JSON, plain YAML), where to take the value from instead.
 */
export function readAdvice(o: PortOccurrence, envVar: string, port: number): string {
  const url = inString(o) && o.host !== undefined ? `${o.scheme ? `${o.scheme}://` : ''}${o.host}:` : undefined;
  switch (o.language) {
    case 'python':
      return url !== undefined
        ? `read ${envVar} instead, in an f-string: f"${url}{os.environ.get('${envVar}', '${port}')}"`
        : `read ${envVar} instead: int(os.environ.get("${envVar}", "${port}"))`;
    case 'javascript':
    case 'typescript':
    case 'tsx':
      // A k6 script has no `process`: its environment is `__ENV`.
      if (/\b__ENV\b/.test(o.snippet)) return `read ${envVar} instead: __ENV.${envVar} || '${port}'`;
      // Angular's environment files and components run in the browser, where there is no `process`.
      if (isBrowserPath(o.file)) {
        return `read ${envVar} at build time instead: browser code has no process.env (the bundler's define or environment file, or a module generated from ports.yaml with \`port-lint generate\`)`;
      }
      return url !== undefined
        ? `read ${envVar} instead, in a template literal: \`${url}\${process.env.${envVar} ?? ${port}}\``
        : `read ${envVar} instead: Number(process.env.${envVar} ?? ${port})`;
    case 'package-json':
      // npm runs scripts with sh: a script can expand the variable; any other value of package.json cannot.
      if (o.kind !== 'property' && o.kind !== 'constant') return `read ${envVar} instead (npm scripts run in sh): \${${envVar}:-${port}}`;
      return `JSON cannot read ${envVar}: take the value from a file generated from ports.yaml (port-lint generate), or suppress the line with a reason`;
    case 'json':
      return `JSON cannot read ${envVar}: take the value from a file generated from ports.yaml (port-lint generate), or suppress the line with a reason`;
    case 'yaml':
      // A compose document in a file not named compose*.yml (`monitoring.yml`) interpolates like compose.
      if (o.service !== undefined && !/(?:^|\/)\.github\/workflows\//.test(o.file)) return `read ${envVar} instead: \${${envVar}:-${port}}`;
      return `read ${envVar} the way the program that loads this YAML expands variables, if it does (\${env:${envVar}} in an OpenTelemetry Collector config, $${envVar} in Grafana provisioning, !ENV in mkdocs), else generate the value from ports.yaml (port-lint generate) or suppress the line with a reason`;
    default:
      return `read ${envVar} instead: \${${envVar}:-${port}}`;
  }
}

/** Words too generic to identify a reserved port's owner by ("Pipeline (external Docker)"). */
const GENERIC_OWNER_WORDS = new Set(['external', 'internal', 'service', 'server', 'docker', 'container', 'the', 'port', 'ports', 'managed', 'not']);

/** Languages of programs and scripts: code that runs, chooses between cases and listens (not configuration). */
export const PROGRAM_LANGUAGES: ReadonlySet<string> = new Set(['shell', 'python', 'javascript', 'typescript', 'tsx']);

/**
 * The values a repository gives one registered variable by case: `${PAPERLESS_DBPORT:-5432}` in
 * wait_for_postgres and `${PAPERLESS_DBPORT:-3306}` in wait_for_mariadb — a file that gives the variable its
 * registered default and another one chooses between cases (a database engine, a protocol), and the other
 * value is that case's port wherever it is given (`PAPERLESS_DBPORT: 3306` in docker-compose.mariadb.yml).
 * Holds a rule's reports to the end of the scan and drops those on such a value. Rules see a file's
 * occurrences together.
 */
export class AlternativeDefaults {
  private file: string | undefined;
  private held: { o: PortOccurrence; report: () => void }[] = [];
  /** The current file's defaults of registered variables, and the variables it gives their registered default. */
  private fileDefaults = new Map<string, Set<number>>();
  private registered = new Set<string>();
  /** Per variable, the values files give it beside its registered default. */
  private readonly alternatives = new Map<string, Set<number>>();

  /** `isTest`: files whose defaults are a test's inputs, which say nothing about the cases. */
  constructor(
    private readonly registry: Registry,
    private readonly isTest: (file: string) => boolean,
  ) {}

  /**
   * Every occurrence, first. Only scripts and code choose between cases: two compose services giving a
   * variable two defaults are two containers (declare them as instances), not two cases of one program.
   */
  see(o: PortOccurrence): void {
    if (o.file !== this.file) {
      this.endFile();
      this.file = o.file;
    }
    if (o.comment || o.kind !== 'env-default' || o.port === null || !PROGRAM_LANGUAGES.has(o.language) || this.isTest(o.file)) return;
    const service = boundService(o, this.registry);
    if (!service) return;
    const name = envBinding(o)!;
    if (o.port === service.default) this.registered.add(name);
    const values = this.fileDefaults.get(name) ?? new Set<number>();
    this.fileDefaults.set(name, values.add(o.port));
  }

  /** A report on `o`, made at the end unless `o`'s value is one of its variable's alternatives. */
  hold(o: PortOccurrence, report: () => void): void {
    this.held.push({ o, report });
  }

  end(): void {
    this.endFile();
    for (const { o, report } of this.held) if (!this.alternatives.get(envBinding(o)!)?.has(o.port!)) report();
    this.held = [];
  }

  private endFile(): void {
    for (const name of this.registered) {
      const known = this.alternatives.get(name) ?? new Set<number>();
      for (const port of this.fileDefaults.get(name) ?? []) known.add(port);
      this.alternatives.set(name, known);
    }
    this.fileDefaults = new Map();
    this.registered = new Set();
  }
}

/** Generic owner words that are never a compose service's name either. */
const NEVER_A_NAME = new Set(['external', 'internal', 'the', 'port', 'ports', 'managed', 'not', 'docker', 'container']);

/**
 * Whether a compose service is the owner a reserved port is kept for: `grafana` publishing 3000, with
 * 3000 reserved for "Grafana (external)". Binding its own port is what the reservation is about.
 */
export function isReservedOwner(o: PortOccurrence, owner: string): boolean {
  if (o.service === undefined) return false;
  const ownerWords = owner
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !GENERIC_OWNER_WORDS.has(w));
  const serviceWords = normalizeServiceName(o.service).split('_');
  if (ownerWords.some((w) => serviceWords.includes(w))) return true;
  // "host port of server in the dev compose file": a generic word that is the compose service's whole name,
  // said of it ("of server", "server's", "(server)"), not "Grafana server (external)".
  const whole = normalizeServiceName(o.service);
  if (!GENERIC_OWNER_WORDS.has(whole) || NEVER_A_NAME.has(whole)) return false;
  return new RegExp(`\\b(?:of|for|by) (?:the )?${whole}\\b|\\b${whole}'s\\b|\\(${whole}\\)`).test(owner.toLowerCase());
}
