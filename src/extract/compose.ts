// Compose files (docker-compose*.yml, compose*.yaml, and YAML that looks like one): published and
// exposed ports per service, environment/labels/build args, command/entrypoint/healthcheck as shell.
//
// Parsed with the `yaml` library, not tree-sitter-yaml: compose semantics need the resolved structure
// (services → ports → item, `<<: *defaults` merges, `*aliases`), with every node's file offsets.
import { isMap, isScalar, isSeq } from 'yaml';
import type { PortOccurrence } from '../types.js';
import { addExpose, addLongPort, addPortMapping } from './compose-ports.js';
import { addImageReference, scanValue } from './compose-values.js';
import { OccurrenceSet } from './generic.js';
import { extractShellCode } from './shell.js';
import type { SourceText } from './source.js';
import { scanYamlComments, YamlWalker } from './yaml-generic.js';
import { mapEntries, mapGet, parseYaml, scalarString, seqItems, stringList, type Document, type Node } from './yaml-source.js';

/**
 * Service keys that never hold a port although their values look like `a:b`: `user: "1000:1000"`,
 * `extra_hosts: ["db:10.0.0.2"]`, `volumes: ["./data:/data:ro"]`, `devices`, `sysctls` (whose
 * `net.ipv4.ip_local_port_range` names ports but sets a kernel range), `ulimits`, `env_file` paths.
 */
const NO_PORTS = new Set([
  'profiles', 'env_file', 'extra_hosts', 'sysctls', 'ulimits', 'user', 'group_add', 'volumes', 'volumes_from', 'devices',
  'tmpfs', 'container_name', 'hostname', 'domainname', 'platform', 'restart', 'pull_policy', 'depends_on', 'links',
  'external_links', 'cap_add', 'cap_drop', 'security_opt', 'secrets', 'configs', 'dns_search', 'runtime', 'pid', 'ipc',
  'network_mode', 'userns_mode', 'cgroup_parent', 'stop_signal', 'working_dir',
]);

/** Top-level keys that are not services and hold no ports (`version: "3.8"`, `name: myapp`). */
const TOP_NO_PORTS = new Set(['version', 'name', 'services']);

export function extractCompose(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  const file = parseYaml(src.text);
  for (const doc of file.docs) extractComposeDocument(out, doc, file.text);
  scanYamlComments(out, file);
  return out.list;
}

/**
 * A YAML document that is a compose file: a top-level `services:` mapping of which some entry is a
 * mapping with a compose service key, and none of the top-level keys of the other `services:` users
 * (GitHub Actions workflows, k8s manifests, GitLab CI, Serverless).
 */
export function looksLikeCompose(doc: Document.Parsed): boolean {
  const top = mapEntries(doc, doc.contents);
  if (top.some((e) => ['apiVersion', 'kind', 'jobs', 'on', 'stages', 'steps', 'provider', 'service'].includes(e.key))) return false;
  const services = top.find((e) => e.key === 'services')?.value;
  if (!isMap(services)) return false;
  return mapEntries(doc, services).some(
    (s) => isMap(s.value) && mapEntries(doc, s.value).some((e) => ['image', 'build', 'ports', 'expose', 'command', 'environment', 'depends_on'].includes(e.key)),
  );
}

/**
 * Occurrences of one compose document: services first, so they own what they merge, then the rest
 * (x- fragments nothing merged, networks, volumes). A span is one occurrence, so an anchor merged into
 * several services belongs to the first of them.
 */
export function extractComposeDocument(out: OccurrenceSet, doc: Document.Parsed, source: string): void {
  const w = new YamlWalker(out, doc, source);
  const top = mapEntries(doc, doc.contents);
  const services = top.find((e) => e.key === 'services')?.value;
  for (const s of mapEntries(doc, services)) {
    if (!isMap(s.value)) continue;
    const profiles = stringList(doc, mapGet(doc, s.value, 'profiles'));
    w.owned(s.key, profiles, () => serviceBody(w, s.value!));
  }
  for (const e of top) {
    if (TOP_NO_PORTS.has(e.key)) continue;
    // x-* extension fields hold service fragments for `<<: *anchor` merges; unused ones are still read.
    if (e.key.startsWith('x-') && isMap(e.value)) serviceBody(w, e.value);
    else w.entry(e, { key: e.key });
  }
}

/**
 * Official images whose entrypoint passes a command that starts with a flag to their server
 * (`image: nats` + `command: ["-m", "8222"]` runs `nats-server -m 8222`), so the server's own
 * single-letter flags can be read.
 */
const IMAGE_ENTRYPOINTS: Record<string, string> = {
  nats: 'nats-server',
  memcached: 'memcached',
  redis: 'redis-server',
  postgres: 'postgres',
  postgis: 'postgres',
};

/** The program an image's entrypoint runs flag arguments with (`docker.io/library/nats:2.10-alpine` → nats-server). */
function entrypointProgram(image: string | undefined): string | undefined {
  if (image === undefined) return undefined;
  const name = image.replace(/@.*$/, '').replace(/:[^/:]*$/, '').replace(/^.*\//, '');
  return Object.hasOwn(IMAGE_ENTRYPOINTS, name) ? IMAGE_ENTRYPOINTS[name] : undefined;
}

const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|ash|dash|zsh)$/;

/**
 * A service whose entrypoint is a shell (`entrypoint: sh`, `["/bin/sh", "-c"]`) runs its `command` in it:
 * `command: -c 'minio server /data --address ":9000"'` is `sh -c '…'`, and after `-c` in the entrypoint
 * every command item is a script. Returns the shell and whether the entrypoint already passes `-c`.
 */
function entrypointShell(doc: Document.Parsed, node: Node): { shell: string; script: boolean } | undefined {
  const entrypoint = mapGet(doc, node, 'entrypoint');
  const words = entrypoint === undefined ? [] : isSeq(entrypoint) ? (stringList(doc, entrypoint) ?? []) : (scalarString(doc, entrypoint)?.trim().split(/\s+/) ?? []);
  const [shell, ...rest] = words;
  if (shell === undefined || !SHELLS.test(shell) || rest.some((w) => w !== '-c' && !/^-[a-z]+$/.test(w))) return undefined;
  return { shell, script: rest.includes('-c') };
}

/** The keys of one service (or of an `x-` fragment merged into services). */
function serviceBody(w: YamlWalker, node: Node): void {
  const doc = w.doc;
  const shell = entrypointShell(doc, node);
  const program = entrypointProgram(scalarString(doc, mapGet(doc, node, 'image'))) ?? shell?.shell;
  for (const e of mapEntries(doc, node)) {
    const value = e.value;
    if (!value || NO_PORTS.has(e.key)) continue;
    switch (e.key) {
      case 'ports':
        // A list; a lone string (`ports: "8000:8000"`) is invalid compose but plainly meant the same.
        for (const item of isSeq(value) ? seqItems(doc, value) : [value]) {
          if (isMap(item)) {
            if (w.isLongPort(item)) addLongPort(w.out, w.longPort(item));
            else w.node(item, { key: 'ports' });
          } else {
            const t = w.text(item);
            if (t && !addPortMapping(w.out, t)) scanValue(w.out, t);
          }
        }
        break;
      case 'expose':
        for (const item of seqItems(doc, value)) {
          const t = w.text(item);
          if (t) addExpose(w.out, t);
        }
        break;
      case 'environment':
        w.assignments(value, 'env-assign');
        break;
      case 'labels':
      case 'annotations':
        w.assignments(value, 'property');
        break;
      case 'build':
        if (isMap(value)) {
          for (const b of mapEntries(doc, value)) {
            if (b.key === 'args' && b.value) w.assignments(b.value, 'env-assign');
            else if (b.key !== 'context' && b.key !== 'dockerfile') w.entry(b, { key: b.key });
          }
        }
        break;
      case 'image': {
        const t = w.text(value);
        if (t) addImageReference(w.out, t);
        break;
      }
      case 'command':
        if (shell?.script) {
          // `entrypoint: ["sh", "-c"]`: each command item is a script.
          for (const item of isSeq(value) ? seqItems(doc, value) : [value]) {
            const t = isScalar(item) && typeof item.value === 'string' ? w.text(item) : undefined;
            if (t) extractShellCode(w.out, t.text, t.map);
          }
        } else w.shell(e.key, value, program);
        break;
      case 'entrypoint':
        w.shell(e.key, value);
        break;
      case 'healthcheck':
        healthcheck(w, value);
        break;
      default:
        w.entry(e, { key: e.key, container: true });
    }
  }
}

/**
 * `healthcheck.test`: a string runs in a shell (CMD-SHELL); `["CMD", …]` is argv; `["CMD-SHELL", "…"]`
 * a shell string; `["NONE"]` nothing. `interval: 30s`, `retries: 5` and the like are never ports.
 */
function healthcheck(w: YamlWalker, node: Node): void {
  const test = mapGet(w.doc, node, 'test');
  if (!test) return;
  if (isScalar(test)) {
    const t = w.text(test);
    if (t && typeof test.value === 'string') extractShellCode(w.out, t.text, t.map);
    return;
  }
  if (!isSeq(test)) return;
  const items = seqItems(w.doc, test);
  const head = scalarString(w.doc, items[0]);
  if (head === 'NONE') return;
  if (head === 'CMD-SHELL') {
    for (const item of items.slice(1)) {
      const t = w.text(item);
      if (t) extractShellCode(w.out, t.text, t.map);
    }
    return;
  }
  w.argv(head === 'CMD' ? items.slice(1) : items);
}
