// publish-conflict: two compose services publish the same host port, or one publishes another service's port.
import path from 'node:path';
import { formatPorts } from '../src/describe.js';
import { isTestFile } from '../src/attribution.js';
import { normalizeServiceName, PROGRAM_LANGUAGES } from '../src/occurrence-facts.js';
import { allowsPort, formatRange } from '../src/registry/registry.js';
import type { ComposeSet, Service } from '../src/registry/types.js';
import { defineRule } from '../src/rule.js';
import { compareStrings, type PortOccurrence } from '../src/types.js';

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]', '*']);
/** A bind address written with its port: `("0.0.0.0", 5678)`, `[::]:5000`. */
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

function sameInterface(a: PortOccurrence, b: PortOccurrence): boolean {
  const ia = a.hostIp ?? '';
  const ib = b.hostIp ?? '';
  return ALL_INTERFACES.has(ia) || ALL_INTERFACES.has(ib) || ia === ib;
}

function overlap(a: PortOccurrence, b: PortOccurrence): boolean {
  return a.port! <= (b.portEnd ?? b.port!) && b.port! <= (a.portEnd ?? a.port!);
}

/** Compose merges the base file first, then overrides, then the rest: report a clash where it is introduced. */
function fileRank(file: string): number {
  const base = path.posix.basename(file);
  if (/^(?:docker-)?compose\.ya?ml$/.test(base)) return 0;
  // Only the base file's own override is read by default: docker-compose.dev.override.yml is not.
  if (/^(?:docker-)?compose\.override\.ya?ml$/.test(base)) return 1;
  return 2;
}

/** Compose files that run together, in merge order. */
interface Deployment {
  /** The lint.compose_sets entry, if the deployment is one. */
  set?: ComposeSet;
  files: string[];
}

/**
 * The deployments of a project. A directory's base file (compose.yaml, docker-compose.yml) and its
 * compose.override.yaml are what `docker compose up` reads without `-f`, so they are one; every other
 * file (docker-compose.dev.yml, compose.full.yaml) is an alternative or a layer whose combinations only
 * the project knows, so it stands alone unless a lint.compose_sets entry names it with others.
 */
function deployments(files: string[], sets: ComposeSet[]): Deployment[] {
  const out: Deployment[] = [];
  const byDir = new Map<string, string[]>();
  for (const file of files) {
    const dir = path.posix.dirname(file);
    const list = byDir.get(dir);
    if (list) list.push(file);
    else byDir.set(dir, [file]);
  }
  for (const list of byDir.values()) {
    const base = list.filter((f) => fileRank(f) === 0);
    const overrides = list.filter((f) => fileRank(f) === 1);
    if (base.length > 0) out.push({ files: [...base, ...overrides] });
    for (const f of list) if (fileRank(f) === 2 || (base.length === 0 && fileRank(f) === 1)) out.push({ files: [f] });
  }
  // Sets last: a clash that `docker compose up` alone brings is reported as such, not as the set's.
  for (const set of sets) out.push({ set, files: set.files });
  return out;
}

/**
 * The services that run together in a deployment, as lists of its publications: a set that names its
 * profiles runs the services without profiles and those with one of its profiles. Otherwise which
 * profiles are enabled together is unknown, and services of disjoint profiles (`aio` and `backend`, the
 * all-in-one image and its parts) are alternatives: one world of the services without profiles, and
 * one more per profile with those added.
 */
function worlds(deployment: Deployment, list: PortOccurrence[]): PortOccurrence[][] {
  const declared = deployment.set?.profiles;
  if (declared) return [list.filter((o) => !o.profiles?.length || o.profiles.some((p) => declared.includes(p)))];
  const profiles = [...new Set(list.flatMap((o) => o.profiles ?? []))].sort(compareStrings);
  if (profiles.length === 0) return [list];
  return [list.filter((o) => !o.profiles?.length), ...profiles.map((p) => list.filter((o) => !o.profiles?.length || o.profiles.includes(p)))];
}

function disjointProfiles(a: PortOccurrence, b: PortOccurrence): boolean {
  const pa = a.profiles ?? [];
  const pb = b.profiles ?? [];
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}

/** One name extends the other (`dashboard` / `dashboard_docker`, `api` / `api-backup`). */
function relatedNames(a: string, b: string): boolean {
  const x = normalizeServiceName(a);
  const y = normalizeServiceName(b);
  // `mailpit` and `mailpit_ui`; `ldap` and `ldaps` (a protocol's TLS variant: https, imaps, ldaps, smtps).
  return x !== y && (x.startsWith(`${y}_`) || y.startsWith(`${x}_`) || x === `${y}s` || y === `${x}s`);
}

interface Seen {
  o: PortOccurrence;
  /** Position in the project's merge order: the smaller, the earlier. */
  i: number;
}

/** The earliest publication of a group, and the earliest of a service other than that one's. */
interface Firsts {
  first?: Seen;
  other?: Seen;
}

function note(firsts: Firsts, seen: Seen): void {
  if (!firsts.first) firsts.first = seen;
  else if (!firsts.other && seen.o.service !== firsts.first.o.service) firsts.other = seen;
}

/** The earliest publication in `firsts` by a service other than `service`. */
function pick(firsts: Firsts | undefined, service: string | undefined): Seen | undefined {
  if (!firsts?.first) return undefined;
  return firsts.first.o.service !== service ? firsts.first : firsts.other;
}

function earliest(a: Seen | undefined, b: Seen | undefined): Seen | undefined {
  return !a ? b : !b ? a : a.i <= b.i ? a : b;
}

/**
 * One host port of one protocol: who published it, on every interface and per address. A compose file
 * of 9,000 services has as many slots: the map of addresses is made only for a port published on a
 * named address (an empty Map is ~100 bytes, and most ports are published on every interface).
 */
interface PortSlot {
  all: Firsts;
  wildcard: Firsts;
  byAddress?: Map<string, Firsts>;
}

/**
 * The publications of a project seen so far, indexed so that finding the first earlier clash of a new
 * one costs a lookup per port it publishes, not a pass over every earlier one: a pairwise search took
 * 9.4 s for one compose file of 21k services and over 34 minutes for 13 (reliability attack H1).
 * A port range ("8000-8010:8000-8010", rare) is kept in a list that every later lookup scans.
 */
class Publications {
  private readonly slots = new Map<string, PortSlot>();
  private readonly ranges: Seen[] = [];

  add(o: PortOccurrence, i: number): void {
    const seen = { o, i };
    if (o.portEnd !== undefined && o.portEnd !== o.port) {
      this.ranges.push(seen);
      return;
    }
    const key = `${o.protocol ?? 'tcp'}/${o.port}`;
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { all: {}, wildcard: {} };
      this.slots.set(key, slot);
    }
    note(slot.all, seen);
    const address = o.hostIp ?? '';
    if (ALL_INTERFACES.has(address)) note(slot.wildcard, seen);
    else {
      slot.byAddress ??= new Map();
      let firsts = slot.byAddress.get(address);
      if (!firsts) slot.byAddress.set(address, (firsts = {}));
      note(firsts, seen);
    }
  }

  /** The earliest publication added so far that clashes with `o`: another service, same protocol, interface and port. */
  firstClash(o: PortOccurrence): PortOccurrence | undefined {
    let best: Seen | undefined;
    const protocol = o.protocol ?? 'tcp';
    const address = o.hostIp ?? '';
    const wildcard = ALL_INTERFACES.has(address);
    const last = o.portEnd ?? o.port!;
    for (let port = o.port!; port <= last; port++) {
      const slot = this.slots.get(`${protocol}/${port}`);
      if (!slot) continue;
      best = earliest(best, wildcard ? pick(slot.all, o.service) : earliest(pick(slot.wildcard, o.service), pick(slot.byAddress?.get(address), o.service)));
    }
    // Ranges are in merge order, so the first that clashes is the earliest of them.
    const range = this.ranges.find(
      (p) => p.o.service !== o.service && (p.o.protocol ?? 'tcp') === protocol && sameInterface(p.o, o) && overlap(p.o, o),
    );
    return earliest(best, range)?.o;
  }
}

export default defineRule({
  id: 'publish-conflict',
  meta: {
    description:
      'Two compose services that run together publish the same host port (one compose file, a base file and its override, or a lint.compose_sets entry), or a compose service publishes another registered service\'s port',
    severity: 'error',
    scope: 'code',
    tags: ['ports', 'compose', 'conflict'],
    precision: 'very-high',
    messages: {
      conflict: 'Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; the second to start fails to bind',
      conflictSet:
        'Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}, which compose set {{set}} runs together ({{setWhere}}); the second to start fails to bind',
      foreign: 'Compose service {{service}} publishes {{port}}, the port of {{owner}} in ports.yaml ({{where}}); {{service}} is registered with {{own}}',
    },
    defaultOptions: {},
  },
  create(ctx) {
    const registry = ctx.registry;
    const byFile = new Map<string, PortOccurrence[]>();
    /** The registry service a compose service is: same name (dashboard-dev ~ dashboard_dev), or the owner of the variable it publishes. */
    // By normalized name, first declared first: a lookup per occurrence instead of a pass over the registry.
    let byNormalizedName: Map<string, Service> | undefined;
    const normalizedName = (name: string): Service | undefined => {
      if (!byNormalizedName) {
        byNormalizedName = new Map();
        for (const s of registry.services) {
          const key = normalizeServiceName(s.name);
          if (!byNormalizedName.has(key)) byNormalizedName.set(key, s);
        }
      }
      return byNormalizedName.get(name);
    };
    const identity = (o: PortOccurrence): Service | undefined =>
      registry.service(normalizeServiceName(o.service!)) ??
      normalizedName(normalizeServiceName(o.service!)) ??
      registry.instanceNamed(o.service!)?.service ??
      (o.variable ? registry.serviceForEnvVar(o.variable) : undefined);
    /** Registered services that are a compose service of their own somewhere in the repository. */
    const ownContainer = new Set<Service>();
    /** Ports the repository's code listens on outside compose and tests (`debugpy.listen(("0.0.0.0", 5678))`). */
    const listenedInCode = new Set<number>();
    /** Publications of another service's port, decided once every occurrence is seen. */
    const foreign: { o: PortOccurrence; self: Service; owner: Service }[] = [];
    return {
      occurrence(o) {
        if ((o.kind === 'listen' || (o.kind === 'address' && WILDCARD_HOSTS.has(o.host ?? ''))) && o.port !== null && PROGRAM_LANGUAGES.has(o.language) && !o.comment && !isTestFile(o.file)) listenedInCode.add(o.port);
        // The registered service this compose service is, if any: it has a container of its own.
        const self = o.service !== undefined ? identity(o) : undefined;
        if (self) ownContainer.add(self);
        if (o.comment || o.kind !== 'publish-host' || o.port === null || o.service === undefined) return;
        const list = byFile.get(o.file);
        if (list) list.push(o);
        else byFile.set(o.file, [o]);
        if (!self || allowsPort(self, o.port)) return;
        const owners = registry.servicesForPort(o.port).filter((s) => s !== self);
        // `dashboard` publishing 3000 may well be `dashboard_docker`: when a service owning the port has
        // a related name, the name match to `self` is not strong enough to call the port foreign.
        const owner = owners[0];
        if (!owner || owners.some((s) => relatedNames(s.name, o.service!))) return;
        foreign.push({ o, self, owner });
      },
      end() {
        for (const { o, self, owner } of foreign) {
          // A debugger or metrics listener the repository's code opens, with no container of its own: it runs
          // inside the containers that run the code, and publishing it from one of them is how it is reached.
          // (Only where the container publishes that very port: `"5678:5678"`, not `"8000:3000"`.)
          if (!ownContainer.has(owner) && listenedInCode.has(o.port!) && (o.target === undefined || o.target === o.port)) continue;
          ctx.report({
            messageId: 'foreign',
            data: {
              service: o.service!,
              port: formatPorts(o),
              owner: owner.name,
              where: registry.where(owner.loc.default ?? owner.loc.key),
              own: self.envVar ? `${formatRange(self.range)} (${self.envVar})` : formatRange(self.range),
            },
            occurrence: o,
            service: self.name,
          });
        }
        // One clash can be in several deployments (a base file in every set) and worlds: reported once, from the first.
        const reported = new Set<PortOccurrence>();
        for (const deployment of deployments([...byFile.keys()].sort(compareStrings), registry.lint.composeSets)) {
          for (const list of worlds(deployment, deployment.files.flatMap((f) => byFile.get(f) ?? []))) {
            const earlier = new Publications();
            list.forEach((o, i) => {
              const other = earlier.firstClash(o);
              earlier.add(o, i);
              if (!other || reported.has(o)) return;
              reported.add(o);
              const where = `${other.file}:${other.range.start.line}`;
              const data = { port: formatPorts(o), service: o.service!, other: other.service!, where };
              const set = deployment.set;
              if (set && (other.file !== o.file || disjointProfiles(o, other))) {
                ctx.report({ messageId: 'conflictSet', data: { ...data, set: set.name, setWhere: registry.where(set.loc) }, occurrence: o });
              } else {
                ctx.report({ messageId: 'conflict', data, occurrence: o });
              }
            });
          }
        }
      },
    };
  },
});
