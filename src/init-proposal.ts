// The ports.yaml `port-lint init` proposes: services named the way the repository names them, reserved
// well-known ports, and a commented list of ports seen but not registered — one that lints clean.
import { isLocalHost } from './attribution.js';
import { describeOccurrence } from './describe.js';
import { identifierWords } from './extract/port-text.js';
import {
  WELL_KNOWN_PORTS,
  dockerfileImageName,
  isContainerSetting,
  isEnvVariableName,
  isPlaceholderName,
  isTestPath as isTestFile,
  reachesForeignHost,
} from './init-evidence.js';
import { envBinding, isClientSide, isContainerSide, normalizeServiceName } from './occurrence-facts.js';
import { compareStrings, type PortOccurrence } from './types.js';

export interface ProposedService {
  name: string;
  default: number;
  /** The variable the repository already uses for the port, or null (init never invents one). */
  envVar: string | null;
  /** Known only from inside containers (EXPOSE, compose command:): nothing on the host sets it. */
  containerOnly: boolean;
  description: string;
  /** file:line (what) of the places that made it a service. */
  from: string[];
  /** Comment lines: other variables carrying the same port, other values of its variable. */
  notes: string[];
}

export interface ProposedReserved {
  port: number;
  service: string;
  note: string;
  from: string[];
}

export interface SeenPort {
  port: number;
  /** Why it is not a service: test-only, a foreign host, a shared default, no name… */
  reason: string;
  from: string[];
}

export interface Proposal {
  /** The prefix of most of the repository's port variables (`CONTIMG_`), or '' when there is none. */
  prefix: string;
  services: ProposedService[];
  reserved: ProposedReserved[];
  seen: SeenPort[];
  /** Ports met only in URLs and addresses: someone's service, but the code does not say whose. */
  reachedOnly: number;
}

interface Candidate {
  port: number;
  name: string;
  /** Other names to fall back on when `name` is taken. */
  altNames: string[];
  variable?: string;
  composeService?: string;
  /** 4 published by compose, 3 listened on / flag / exposed, 2 a port variable, 1 a named constant. */
  strength: number;
  uses: PortOccurrence[];
  notes: string[];
  /** The name came from a generic variable (`PORT`) through its compose service, not from the variable. */
  nameFromVariable: boolean;
  /** Places that name the variable or the service, port-less `${VAR}` references included: how central it is. */
  references: number;
  /** Published as `P:P`: the container's own port, so the one its compose service's name fits best. */
  identity: boolean;
  /** How many host ports its compose service publishes: a one-port service names its port unambiguously. */
  composePorts: number;
  /** The application's code reads the variable (not only a Dockerfile ENV or a compose file): the one that moves it. */
  readByCode?: boolean;
}

const CODE_LANGUAGES: ReadonlySet<string> = new Set(['python', 'javascript', 'typescript', 'tsx', 'shell']);

const PORT_WORDS = new Set(['port', 'ports', 'number', 'num', 'no', 'default', 'host', 'listen', 'bind']);

function where(o: PortOccurrence): string {
  return `${o.file}:${o.range.start.line}`;
}

function whereWhat(o: PortOccurrence): string {
  return `${where(o)} (${describeOccurrence(o)})`;
}

function sortUses(uses: PortOccurrence[]): PortOccurrence[] {
  return [...uses].sort((a, b) => compareStrings(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
}

/** `CONTIMG_API_PORT` → `api` (prefix `CONTIMG_`), `POSTGRES_HOST_PORT` → `postgres`, `metricsPort` → `metrics`, `--httpport` → `http`. */
export function nameFromBinding(binding: string, prefix: string): string {
  const stripped = prefix && binding.startsWith(prefix) && binding.length > prefix.length ? binding.slice(prefix.length) : binding;
  const words = identifierWords(stripped.replace(/^-+/, ''));
  while (words.length > 0 && PORT_WORDS.has(words[words.length - 1]!)) words.pop();
  // `--httpport`, `DBPORT`: the port word glued to the last one.
  const last = words[words.length - 1];
  if (last !== undefined && /^[a-z][a-z0-9]+ports?$/.test(last) && !/(?:im|re|sup|trans|ex|view|air|pass)ports?$/.test(last)) words[words.length - 1] = last.replace(/ports?$/, '');
  return words.filter((w) => w !== 'port' && w !== 'ports').join('_');
}

/**
 * The repository's own prefix: the first word shared by most of its port variables that have one (and
 * by at least three). A prefix two or three of thirty variables happen to have is not a convention.
 */
export function repositoryPrefix(variables: readonly string[]): string {
  // FOO_PORT and PORT are a name with a suffix, not a prefix: only SHOP_API_PORT-like names can have one.
  const prefixed = [...new Set(variables)].filter((v) => /^[^_]+_[^_]+_/.test(v));
  const counts = new Map<string, number>();
  for (const v of prefixed) counts.set(v.slice(0, v.indexOf('_') + 1), (counts.get(v.slice(0, v.indexOf('_') + 1)) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))[0];
  return best && best[1] >= 3 && best[1] * 2 > prefixed.length ? best[0] : '';
}

function isPortVariableOccurrence(o: PortOccurrence): string | undefined {
  const v = envBinding(o);
  return v !== undefined && isEnvVariableName(v) && !isContainerSetting(o) ? v : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A variable's most used value; of values used as often, the one written first (`${PAPERLESS_DBPORT:-5432}`
 * in wait_for_postgres before `${PAPERLESS_DBPORT:-3306}` in wait_for_mariadb: the main case comes first).
 */
function mostUsedPort(uses: PortOccurrence[]): { port: number; others: Map<number, PortOccurrence[]> } {
  const byPort = new Map<number, PortOccurrence[]>();
  for (const o of sortUses(uses)) push(byPort, o.port!, o);
  // Map order is first-use order, and the sort is stable.
  const ranked = [...byPort].sort((a, b) => b[1].length - a[1].length);
  const others = new Map(ranked.slice(1));
  return { port: ranked[0]![0], others };
}

/** Names of the same service: equal, or one's words all inside the other's (`dashboard`, `dashboard_docker`). */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split('_');
  const wb = b.split('_');
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}

export interface ProposeOptions {
  /**
   * The folders init was pointed at, relative to the scan root: whether a file is a test is judged below
   * them (`port-lint init fixtures/app` reads fixtures/app/server.py as server.py, not as a fixture).
   */
  scannedDirs?: readonly string[];
}

export function proposeRegistry(all: readonly PortOccurrence[], options: ProposeOptions = {}): Proposal {
  const dirs = (options.scannedDirs ?? []).filter((d) => d !== '' && d !== '.').map((d) => `${d.replace(/\/+$/, '')}/`);
  /** The path below the folder init was pointed at. */
  const local = (file: string): string => {
    const dir = dirs.find((d) => file.startsWith(d));
    return dir === undefined ? file : file.slice(dir.length);
  };
  const isTestPath = (file: string): boolean => isTestFile(local(file));
  const occurrences = all.filter((o) => !o.comment && o.port !== null && (o.portEnd === undefined || o.portEnd === o.port));
  const seen: SeenPort[] = [];
  // Shared defaults are gathered per port so the line reads "also the port of A, B and C".
  const sharers = new Map<number, { names: Set<string>; winner: string }>();
  const reject = (port: number, reason: string, uses: PortOccurrence[]): void => {
    seen.push({ port, reason, from: sortUses(uses).slice(0, 3).map(where) });
  };
  const references = new Map<string, number>();
  // Compose services that read a variable (`"${GRAFANA_PORT}:3000"`, `--port ${FLAGD_PORT}`): whose port it is.
  const readers = new Map<string, Set<string>>();
  const publishedVariables = new Set<string>();
  for (const o of all) {
    const v = envBinding(o);
    if (o.comment || v === undefined || isTestPath(o.file)) continue;
    references.set(v, (references.get(v) ?? 0) + 1);
    if (o.service !== undefined && !isContainerSetting(o)) readers.set(v, (readers.get(v) ?? new Set()).add(o.service));
    if (o.kind === 'publish-host') publishedVariables.add(v);
  }
  // Host ports each compose service publishes (`hoppscotch-aio` publishes five, `hoppscotch-backend` two).
  const composePorts = new Map<string, Set<number>>();
  for (const o of occurrences) {
    if (o.kind !== 'publish-host' || o.service === undefined || isTestPath(o.file)) continue;
    composePorts.set(o.service, (composePorts.get(o.service) ?? new Set()).add(o.port!));
  }
  const identityOf = (uses: PortOccurrence[]) => uses.some((o) => o.kind === 'publish-host' && (o.target === undefined || o.target === o.port));
  const composeAltNames = (service: string, uses: PortOccurrence[]): string[] => {
    // 3080:80 of hoppscotch-app is that container's HTTP port: hoppscotch_app_http.
    const target = sortUses(uses).find((o) => o.kind === 'publish-host' && o.target !== undefined)?.target;
    const protocol = target === 80 ? 'http' : target === 443 ? 'https' : undefined;
    // (a name of what the container serves there, not a placeholder: hoppscotch_app and hoppscotch_app_http)
    return protocol ? [`${normalizeServiceName(service)}_${protocol}`] : [];
  };
  const prefix = repositoryPrefix(occurrences.filter((o) => !isTestPath(o.file)).map(isPortVariableOccurrence).filter((v): v is string => v !== undefined));
  const candidates: Candidate[] = [];
  /** Other values of a registered variable: said in a note on its service. */
  const noted = new Set<number>();

  // 1. The repository's port variables: API_PORT=8000, ${POSTGRES_HOST_PORT:-5432}:5432, getenv("X", 8000).
  const byVariable = new Map<string, PortOccurrence[]>();
  for (const o of occurrences) {
    const v = isPortVariableOccurrence(o);
    if (v !== undefined && !reachesForeignHost(o)) push(byVariable, v, o);
  }
  const variableUses = new Set<PortOccurrence>();
  for (const [variable, uses] of [...byVariable].sort((a, b) => compareStrings(a[0], b[0]))) {
    uses.forEach((o) => variableUses.add(o));
    const real = uses.filter((o) => !isTestPath(o.file));
    if (real.length === 0) {
      reject(mostUsedPort(uses).port, `${variable} is set only in tests`, uses);
      continue;
    }
    const { port, others } = mostUsedPort(real);
    const chosen = real.filter((o) => o.port === port);
    const composeServices = [...new Set(chosen.filter((o) => o.service !== undefined && o.kind === 'publish-host').map((o) => o.service!))].sort(compareStrings);
    let name = nameFromBinding(variable, prefix);
    const bare = name;
    let nameFromVariable = true;
    if (isPlaceholderName(name) || name === '') {
      // PORT=8080 of one compose service is that service's port; of several, nobody's in particular. A
      // variable only a compose file interpolates (`${HTTPS_PORT}:8443`, set in env.example) is its reader's.
      let services = [...new Set(chosen.map((o) => o.service).filter((s): s is string => s !== undefined))];
      if (services.length === 0 && readers.get(variable)?.size === 1) services = [...readers.get(variable)!];
      if (services.length !== 1) {
        reject(port, `${variable} names no service${services.length > 1 ? ` (it is set for ${services.length} compose services)` : ''}`, chosen);
        continue;
      }
      name = normalizeServiceName(services[0]!);
      nameFromVariable = false;
    }
    others.forEach((_, p) => noted.add(p));
    const notes = [...others].map(([p, os]) => `${variable} is also ${p} at ${sortUses(os).slice(0, 2).map(where).join(', ')}`);
    candidates.push({
      port,
      name,
      // web's second port, HTTPS_PORT: `web_https` when `web` is taken.
      altNames: [...(!nameFromVariable && bare !== '' ? [`${name}_${bare}`] : []), variable.toLowerCase().replace(/_ports?$/, ''), ...composeServices.map(normalizeServiceName)],
      variable,
      ...(composeServices[0] !== undefined && { composeService: composeServices[0] }),
      strength: composeServices.length > 0 || publishedVariables.has(variable) ? 4 : 2,
      uses: chosen,
      notes,
      nameFromVariable,
      references: references.get(variable) ?? real.length,
      identity: identityOf(chosen),
      composePorts: composeServices[0] !== undefined ? (composePorts.get(composeServices[0])?.size ?? 1) : 1,
      readByCode: real.some((o) => CODE_LANGUAGES.has(o.language)),
    });
  }

  // 2. Compose services publishing a literal host port; 3. ports listened on, exposed or given to a
  // flag, and port-named constants and keys. Grouped by the name they would get.
  const byNamedPort = new Map<string, { name: string; port: number; strength: number; uses: PortOccurrence[]; composeService?: string }>();
  // Compose services by their name on the compose network (`redis`), outside tests.
  const composeNames = new Map<string, string>();
  for (const o of occurrences) if (o.service !== undefined && !isTestPath(o.file) && !composeNames.has(normalizeServiceName(o.service))) composeNames.set(normalizeServiceName(o.service), o.service);
  for (const o of occurrences) {
    if (variableUses.has(o) || o.kind === 'publish-container' || isContainerSetting(o)) continue;
    let name: string | undefined;
    let strength = 0;
    let composeService: string | undefined;
    if (isClientSide(o)) {
      // `redis://redis:6379/0`: a compose service that publishes nothing, reached by its name inside the
      // stack. Its port is the one the stack's URLs give it.
      // A single-label host in a compose file is a name on its network even where the service publishes
      // nothing the extractors saw (`REDASH_REDIS_URL: "redis://redis:6379/0"` in an x- anchor).
      const label = o.host === undefined || !/^[A-Za-z][\w-]*$/.test(o.host) || isLocalHost(o.host) || isTestPath(o.file) ? undefined : o.host;
      const host = label === undefined ? undefined : (composeNames.get(normalizeServiceName(label)) ?? (o.language === 'compose' ? label : undefined));
      if (host === undefined || composePorts.has(host)) continue;
      name = normalizeServiceName(host);
      composeService = host;
      strength = 1;
    } else if (o.kind === 'publish-host' && o.service !== undefined) {
      name = normalizeServiceName(o.service);
      composeService = o.service;
      strength = 4;
    } else if (['listen', 'cli-flag', 'expose', 'argument'].includes(o.kind)) {
      const own = o.name !== undefined && o.kind === 'cli-flag' ? nameFromBinding(o.name, prefix) : '';
      const image = o.language === 'dockerfile' ? dockerfileImageName(local(o.file)) : undefined;
      name = own && !isPlaceholderName(own) ? own : o.service !== undefined ? normalizeServiceName(o.service) : image ? normalizeServiceName(image) : undefined;
      strength = o.service !== undefined || o.language === 'dockerfile' ? 2 : 3;
    } else if (['constant', 'property', 'parameter-default', 'env-assign'].includes(o.kind) && o.name !== undefined) {
      // A label or setting of a compose service (`virtual.port: "8000"`) is that service's port.
      name = o.service !== undefined ? normalizeServiceName(o.service) : nameFromBinding(o.name, prefix);
      if (o.service !== undefined) composeService = o.service;
      strength = 1;
    }
    if (strength === 0) continue;
    const key = `${name ?? ''}\u0000${o.port}`;
    const entry = byNamedPort.get(key) ?? { name: name ?? '', port: o.port!, strength, uses: [], ...(composeService !== undefined && { composeService }) };
    entry.strength = Math.max(entry.strength, strength);
    // Whichever occurrence comes first, the entry keeps the same compose service (the first by name).
    if (composeService !== undefined && (entry.composeService === undefined || compareStrings(composeService, entry.composeService) < 0)) entry.composeService = composeService;
    entry.uses.push(o);
    byNamedPort.set(key, entry);
  }
  for (const e of [...byNamedPort.values()].sort((a, b) => a.port - b.port || compareStrings(a.name, b.name))) {
    const real = e.uses.filter((o) => !isTestPath(o.file));
    if (real.length === 0) {
      reject(e.port, 'only in tests', e.uses);
      continue;
    }
    if (WELL_KNOWN_PORTS.has(e.port) && e.strength < 4) {
      const bound = real.filter((o) => ['listen', 'cli-flag', 'argument'].includes(o.kind));
      reject(
        e.port,
        bound.length > 0
          ? `the well-known ${WELL_KNOWN_PORTS.get(e.port)} port, bound here: register it by hand if this repository runs that server`
          : `the well-known ${WELL_KNOWN_PORTS.get(e.port)} port, a default of a protocol the code speaks`,
        real,
      );
      continue;
    }
    if (e.name.split('_').some((w) => w === 'range' || w === 'ranges')) {
      reject(e.port, `an end of the port range ${e.name}: declare it as a category or reserve it by hand`, real);
      continue;
    }
    // A compose service's own name is the stack's word for it, even a generic one (`server`, `web`).
    if (e.name === '' || (isPlaceholderName(e.name) && !(e.composeService !== undefined && normalizeServiceName(e.composeService) === e.name && isComposeName(e.name)))) {
      reject(e.port, 'no name for it in the code', real);
      continue;
    }
    candidates.push({
      port: e.port,
      name: e.name,
      altNames: [],
      ...(e.composeService !== undefined && { composeService: e.composeService }),
      strength: e.strength,
      uses: real,
      notes: [],
      nameFromVariable: false,
      references: real.length,
      identity: identityOf(real),
      composePorts: e.composeService !== undefined ? (composePorts.get(e.composeService)?.size ?? 1) : 1,
    });
    if (e.composeService !== undefined) candidates[candidates.length - 1]!.altNames.push(...composeAltNames(e.composeService, real));
  }

  // 4. Well-known protocol ports: reserved when the repository binds one or configures it, never a service.
  const reserved = new Map<number, ProposedReserved>();
  const services: Candidate[] = [];
  for (const c of candidates) {
    const protocol = WELL_KNOWN_PORTS.get(c.port);
    if (protocol === undefined) {
      services.push(c);
      continue;
    }
    if (c.composeService === undefined || c.strength < 4) {
      // EMAIL_PORT=587, smtp_port=587: the port of someone's mail server. Reserving it would make
      // reserved-port tell the code to "pick a port of its own", so it is only listed.
      reject(c.port, `the well-known ${protocol} port, of a server the code is a client of${c.variable ? ` (${c.variable})` : ''}`, c.uses);
      continue;
    }
    // A reverse proxy of the stack publishing 80/443: the protocol's port, held by that container (the
    // owner names the compose service, so reserved-port accepts it publishing there).
    const r = reserved.get(c.port) ?? { port: c.port, service: '', note: '', from: [] };
    const owners = [...new Set([...r.service.replace(/^.*\(|\)$/g, '').split(', ').filter(Boolean), c.composeService])].sort(compareStrings);
    r.service = `${protocol} (${owners.join(', ')})`;
    r.from.push(...sortUses(c.uses).slice(0, 2).map(whereWhat));
    r.note = `the well-known ${protocol} port, published by compose service${owners.length > 1 ? 's' : ''} ${owners.join(', ')}`;
    reserved.set(c.port, r);
  }

  // 5. One service per port: the strongest candidate; same-named ones merge into it, others are listed.
  const byPort = new Map<number, Candidate[]>();
  for (const c of services) push(byPort, c.port, c);
  const rank = (a: Candidate, b: Candidate) =>
    b.strength - a.strength ||
    Number(b.identity) - Number(a.identity) ||
    a.composePorts - b.composePorts ||
    // API_PORT that the settings read beats APP_PORT that only a Dockerfile's ENV sets (mealie).
    Number(Boolean(b.readByCode)) - Number(Boolean(a.readByCode)) ||
    Number(Boolean(b.variable && prefix && b.variable.startsWith(prefix))) - Number(Boolean(a.variable && prefix && a.variable.startsWith(prefix))) ||
    b.references - a.references ||
    b.uses.length - a.uses.length ||
    compareStrings(a.name, b.name);
  const winners: Candidate[] = [];
  for (const [port, group] of [...byPort].sort((a, b) => a[0] - b[0])) {
    const [winner, ...rest] = group.sort(rank);
    for (const c of rest) {
      const sameService = related(c.name, winner!.name) || (c.composeService !== undefined && c.composeService === winner!.composeService);
      if (!sameService) {
        const sharer = sharers.get(port) ?? { names: new Set<string>(), winner: winner!.variable ?? (winner!.composeService ? `compose service ${winner!.composeService}` : winner!.name) };
        sharer.names.add(c.variable ?? (c.composeService ? `compose service ${c.composeService}` : c.name));
        sharers.set(port, sharer);
        seen.push({ port, reason: '', from: sortUses(c.uses).slice(0, 3).map(where) });
        continue;
      }
      if (c.variable !== undefined && winner!.variable === undefined) {
        // A compose service publishing 3000 and CONTIMG_DASHBOARD_DOCKER_PORT=3000: the variable is the
        // repository's own word for that port, so it names the service.
        winner!.variable = c.variable;
        if (c.nameFromVariable) {
          winner!.altNames.unshift(winner!.name);
          winner!.name = c.name;
        }
      } else if (c.variable !== undefined && c.variable !== winner!.variable) {
        winner!.notes.push(`${c.variable} carries the same port: ${sortUses(c.uses).slice(0, 2).map(where).join(', ')}`);
      }
      winner!.uses.push(...c.uses);
      winner!.notes.push(...c.notes);
    }
    winners.push(winner!);
  }

  for (const s of seen) {
    const sharer = sharers.get(s.port);
    if (s.reason === '' && sharer) s.reason = `also the port of ${listWords([...sharer.names].sort(compareStrings))}; ports.yaml gives a port one service, and it went to ${sharer.winner}`;
  }

  // 6. Unique names and variables, strongest first.
  const names = new Set<string>();
  const envVars = new Set<string>();
  const proposed: ProposedService[] = [];
  for (const c of winners.sort((a, b) => rank(a, b) || a.port - b.port)) {
    const name = [c.name, ...c.altNames].find(
      (n) => n && !names.has(n) && (!isPlaceholderName(n) || (c.composeService !== undefined && n === normalizeServiceName(c.composeService) && isComposeName(n))),
    );
    if (name === undefined) {
      const why = c.composeService !== undefined ? `another port of compose service ${c.composeService}` : `its name ${c.name} is another port's`;
      reject(c.port, `${why}: give it a name of its own`, c.uses);
      continue;
    }
    names.add(name);
    let envVar: string | null = c.variable ?? null;
    if (envVar !== null && envVars.has(envVar)) envVar = null;
    // A port the code reads from no variable gets none: an invented one would move only what --fix rewrites
    // (a compose file's host side, say) while everything that reaches the port keeps the literal, and a
    // reviewer would not commit it. Whether the port may move is the maintainer's call (the comment says so).
    const hostSide = c.uses.some((o) => !isContainerSide(o));
    if (envVar !== null) envVars.add(envVar);
    const uses = sortUses(c.uses);
    proposed.push({
      name,
      default: c.port,
      envVar,
      containerOnly: !hostSide,
      description:
        c.composeService !== undefined
          ? `compose service ${c.composeService}`
          : c.variable !== undefined
            ? readers.has(c.variable)
              ? `${c.variable}, read by compose service${readers.get(c.variable)!.size > 1 ? 's' : ''} ${listWords([...readers.get(c.variable)!].sort(compareStrings))}`
              : `read from ${c.variable}`
            : `${describeOccurrence(uses[0]!)} in ${uses[0]!.file}`,
      from: uses.slice(0, 3).map(whereWhat).concat(uses.length > 3 ? [`and ${uses.length - 3} more`] : []),
      notes: [...new Set(c.notes)].sort(compareStrings),
    });
  }

  // Ports met only in URLs and addresses: on hosts of other systems they are listed with the host; on
  // local and service hosts they are someone's here, but the code does not say whose (counted only).
  const accounted = new Set([...proposed.map((s) => s.default), ...reserved.keys(), ...seen.map((s) => s.port), ...noted]);
  const rest = new Map<number, PortOccurrence[]>();
  for (const o of occurrences) if (!accounted.has(o.port!)) push(rest, o.port!, o);
  let reachedOnly = 0;
  for (const [port, uses] of rest) {
    if (uses.every(reachesForeignHost)) {
      const hosts = [...new Set(uses.map((o) => o.host!))].sort(compareStrings);
      reject(port, `only on ${hosts.length === 1 ? 'a host' : 'hosts'} of other systems (${listWords(hosts.slice(0, 3))}${hosts.length > 3 ? ', …' : ''})`, uses);
    } else reachedOnly++;
  }
  // A port registered or reserved is accounted for, unless another claimant of it was turned away.
  const seenSorted = dedupeSeen(seen.filter((s) => (!proposed.some((p) => p.default === s.port) && !reserved.has(s.port)) || s.reason.startsWith('also the port of')));
  return {
    prefix,
    services: proposed.sort((a, b) => a.default - b.default || compareStrings(a.name, b.name)),
    reserved: [...reserved.values()].sort((a, b) => a.port - b.port),
    seen: seenSorted,
    reachedOnly,
  };
}

/** One line per port: its reasons together, and the first places. */
function dedupeSeen(seen: SeenPort[]): SeenPort[] {
  const byPort = new Map<number, { reasons: Set<string>; from: Set<string> }>();
  for (const s of seen) {
    const e = byPort.get(s.port) ?? { reasons: new Set<string>(), from: new Set<string>() };
    e.reasons.add(s.reason);
    s.from.forEach((f) => e.from.add(f));
    byPort.set(s.port, e);
  }
  return [...byPort]
    .sort((a, b) => a[0] - b[0])
    .map(([port, e]) => ({ port, reason: [...e.reasons].sort(compareStrings).join('; '), from: [...e.from].sort(compareStrings).slice(0, 3) }));
}

/** A generic word that can still name a container (`server`, `web`), unlike `p`, `port_8080` or `the`. */
function isComposeName(name: string): boolean {
  return name.length >= 3 && /^[a-z][a-z0-9_]*$/.test(name) && !/(^|_)\d+$/.test(name) && !['the', 'port', 'ports', 'value', 'default', 'range', 'ranges'].includes(name);
}

/** `a`, `a and b`, `a, b and c`. */
function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** The proposal as a commented ports.yaml. */
export function renderProposal(p: Proposal, filesScanned: number): string {
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/port-lint/port-lint/main/config/ports.schema.json',
    `# ports.yaml proposed by \`port-lint init\` from ${filesScanned} scanned files.`,
    '# Names come from compose services and the variables the code already reads; "from:" says where.',
    '# Review it: rename, add ranges and categories, then run `port-lint` to see what still disagrees.',
  ];
  lines.push('', p.services.length === 0 ? 'ports: {}' : 'ports:');
  for (const s of p.services) {
    for (const f of s.from) lines.push(`  # from: ${f}`);
    for (const n of s.notes) lines.push(`  # note: ${n}`);
    lines.push(`  ${s.name}:`, `    default: ${s.default}`);
    const why =
      s.envVar !== null ? '' : s.containerOnly ? ' # a port inside its container: nothing on the host sets it' : ' # the code reads no variable for it: name one if it should move, else mark it immutable: true';
    lines.push(`    env_var: ${s.envVar ?? 'null'}${why}`);
    lines.push(`    description: ${yamlString(s.description)}`);
  }
  if (p.reserved.length > 0) {
    lines.push('', '# Well-known ports of protocols: owned by the protocol, not by a service of this repository.', 'reserved:');
    for (const r of p.reserved) {
      for (const f of r.from) lines.push(`  # from: ${f}`);
      lines.push(`  - port: ${r.port}`, `    service: ${yamlString(r.service)}`, `    note: ${yamlString(r.note)}`);
    }
  }
  if (p.seen.length > 0 || p.reachedOnly > 0) {
    lines.push('', '# Seen but not registered: register one by hand (with a name of your choosing) if it is yours.');
    for (const s of p.seen) lines.push(`#   ${s.port}: ${s.reason} — ${s.from.join(', ')}`);
    if (p.reachedOnly > 0) {
      lines.push(`#   and ${p.reachedOnly} ${p.reachedOnly === 1 ? 'port' : 'ports'} only reached in URLs and addresses on local or service hosts: \`port-lint audit\` lists them.`);
    }
  }
  return `${lines.join('\n')}\n`;
}
