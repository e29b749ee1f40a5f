// Generic YAML walking: ports behind port-ish keys (k8s, Helm values, app configs), container specs
// (GitHub Actions service containers, k8s containers), env maps and lists, shell in CI keys, and URLs
// or host:port in every other string. The compose extractor reuses it for keys it has no rule for.
import { isMap, isScalar, isSeq } from 'yaml';
import type { PortOccurrence } from '../types.js';
import { addAssignment, addConfigText, addHostlessAddress, addImageReference, addPortValue, kindForName, scanConfigPairs, scanValue, subText, type DecodedText } from './compose-values.js';
import { addLongPort, addPortMapping, parsePortMapping, type LongPort } from './compose-ports.js';
import { scanComment, type OccurrenceSet } from './generic.js';
import { identifierWords, isPortName, parsePortSpec } from './port-text.js';
import { namesPortQuantity } from './port-values.js';
import { extractArgv, extractShellCode } from './shell.js';
import { isAddressName } from './shell-values.js';
import { blockBody, mapEntries, parseYaml, scalarString, scalarText, seqItems, type Document, type Entry, type Node, type YamlFile } from './yaml-source.js';

/** Keys whose string value is a shell script (GitHub Actions, GitLab CI, CircleCI, Drone, Taskfile, Ansible). */
const SHELL_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'shell', 'cmd', 'cmds', 'commands', 'command', 'entrypoint', 'args']);
/** Of those, keys whose list value is one command as argv (compose, k8s `command`/`args`); the rest are lists of scripts. */
const ARGV_KEYS = new Set(['command', 'entrypoint', 'args', 'cmd']);
/** Fields of a mapping under a singular port key that hold the port itself (`port: {number: 80}`). */
const PORT_FIELDS = new Set(['number', 'value', 'port']);
/** Extensions of file names used as keys (ConfigMap `data:`) whose string is a shell script, or a config file. */
const SHELL_FILES = new Set(['sh', 'bash']);
const CONFIG_FILES = new Set(['conf', 'cfg', 'cnf', 'ini', 'properties', 'toml', 'env']);
/** File names whose string is a YAML or JSON file of its own (envoy.yaml, prometheus.yml, config.json): parsed and walked. */
const YAML_FILES = new Set(['yaml', 'yml', 'json']);
/** File names whose string is prose, never config: `port: 8080` in a NOTES.txt is a sentence. */
const PROSE_FILES = new Set(['txt', 'md', 'markdown', 'rst', 'adoc', 'html', 'htm']);
/** Ansible's loop keys, whose items a task reads as `{{ item }}`. */
const LOOP_KEYS = new Set(['loop', 'with_items', 'with_list']);
/** Ansible inventory variables whose string is more arguments of the ssh command line. */
const SSH_ARGS_KEYS = new Set(['ansible_ssh_common_args', 'ansible_ssh_extra_args', 'ansible_ssh_args']);
/** Keys that end the port range a sibling `port:` starts (k8s NetworkPolicy). */
const RANGE_END_KEYS = new Set(['endPort', 'end_port']);
/** Keys of ingress-nginx's TCP/UDP service maps in its Helm values. */
const SERVICE_MAP_KEYS = new Set(['tcp', 'udp']);
/** `namespace/service:port[:PROXY[:PROXY]]`, as ingress-nginx's TCP/UDP service maps write a target. */
const SERVICE_REFERENCE = /^\s*([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)\/([a-z0-9](?:[-a-z0-9.]*[a-z0-9])?):(\d{1,5})(?::PROXY){0,2}\s*$/d;

/** Last words of a longer key whose value is shell: Ray's `head_start_ray_commands`, `setup_commands`, `startupScript`. */
const COMMAND_WORDS = new Set(['commands', 'command', 'cmd', 'cmds', 'script', 'scripts']);
/** Last words of a longer key whose list is arguments of a command: Helm's `extraArgs`, `server_args`. */
const ARGS_WORDS = new Set(['args', 'arguments']);

/** How a key of several words says its value is shell (`worker_start_ray_commands`) or argv (`extraArgs`). */
function namesCommands(key: string): 'script' | 'argv' | undefined {
  const words = identifierWords(key);
  const last = words[words.length - 1]!;
  if (words.length < 2) return undefined;
  return COMMAND_WORDS.has(last) ? 'script' : ARGS_WORDS.has(last) ? 'argv' : undefined;
}

/** Keys of a port mapping's sides that do not say "port", and the protocol key that makes them ports. */
const MAPPING_ROLE_KEYS = new Set(['container', 'host', 'internal', 'external', 'public', 'private', 'target', 'published']);
const PROTOCOL_KEYS = new Set(['proto', 'protocol']);

/** Keys holding environment variables as a map or a `NAME=value` list. */
const ENV_KEYS = new Set(['env', 'environment']);

/** Where a node sits: the key it is the value of, and the key of the mapping holding that key. */
export interface WalkContext {
  key?: string;
  parentKey?: string;
  /** Inside a container spec (a mapping with `image:`): bare numbers under `ports:` are container ports. */
  container?: boolean;
  /** The `data:` of a ConfigMap named for TCP/UDP services (ingress-nginx's `tcp-services`). */
  serviceMap?: boolean;
}

/** Walks YAML documents, adding occurrences; each (node, context) is visited once, so alias bombs stay linear. */
export class YamlWalker {
  private readonly visited = new Map<object, Set<string>>();

  /**
   * `source` is the text the document was parsed from (the file's, or with template actions blanked),
   * `base` its offset in the file (non-zero for a YAML file held in a block scalar).
   */
  constructor(
    readonly out: OccurrenceSet,
    readonly doc: Document.Parsed,
    readonly source: string = out.src.text,
    readonly base = 0,
  ) {}

  text(node: Node | undefined): DecodedText | undefined {
    return scalarText(this.source, node, this.base);
  }

  /** Runs `body`, then stamps `service`/`profiles` on every occurrence it added that has none. */
  owned(service: string | undefined, profiles: string[] | undefined, body: () => void): void {
    const before = this.out.list.length;
    body();
    if (service === undefined) return;
    for (const o of this.out.list.slice(before) as PortOccurrence[]) {
      if (o.service !== undefined) continue;
      o.service = service;
      if (profiles && profiles.length > 0) o.profiles = [...profiles];
    }
  }

  /** Any node: mappings and sequences are walked, strings scanned for URLs and host:port. */
  node(node: Node | undefined, ctx: WalkContext): void {
    if (!node) return;
    const memo = `${ctx.key ?? ''}\u0000${ctx.parentKey ?? ''}\u0000${ctx.container ? 1 : 0}${ctx.serviceMap ? 1 : 0}`;
    let seen = this.visited.get(node);
    if (!seen) this.visited.set(node, (seen = new Set()));
    if (seen.has(memo)) return;
    seen.add(memo);
    if (isMap(node)) this.map(node, ctx);
    else if (isSeq(node)) for (const item of seqItems(this.doc, node)) this.node(item, { ...ctx, container: false });
    else if (isScalar(node)) {
      const t = this.text(node);
      if (!t || typeof node.value !== 'string') return;
      // Config held in a multi-line string (`envoy.conf: |`, `config: |`): its `port: 8080` lines.
      if (t.text.includes('\n') && !PROSE_FILES.has(extension(ctx.key))) scanConfigPairs(this.out, t);
      scanValue(this.out, t);
    }
  }

  private map(node: Node, ctx: WalkContext): void {
    const entries = mapEntries(this.doc, node);
    const has = (k: string) => entries.some((e) => e.key === k);
    // k8s env items and similar: {name: API_PORT, value: "8000"}
    const nameEntry = entries.find((e) => e.key === 'name');
    const valueEntry = entries.find((e) => e.key === 'value');
    const varName = nameEntry && scalarString(this.doc, nameEntry.value);
    if (varName && valueEntry && isPortName(varName)) {
      const t = this.text(valueEntry.value);
      if (t) addAssignment(this.out, varName, t, 'env-assign');
    }
    // A container spec: compose service, GitHub Actions `services:`/`container:`, k8s container.
    const container = has('image') && (has('ports') || has('expose'));
    const service = container && ctx.parentKey === 'services' ? ctx.key : undefined;
    this.loopItems(entries);
    this.protocolMapping(entries);
    // k8s NetworkPolicy `{port: 32000, endPort: 32768}`: endPort ends the range that starts at port.
    const endEntry = entries.find((e) => RANGE_END_KEYS.has(e.key));
    const end = endEntry && has('port') ? parsePortSpec(scalarString(this.doc, endEntry.value) ?? '') : undefined;
    // ingress-nginx's TCP/UDP service maps: Helm values `tcp:`/`udp:`, and the `data:` of its `tcp-services` ConfigMap.
    const serviceMap = ctx.key !== undefined && (SERVICE_MAP_KEYS.has(ctx.key) || (ctx.key === 'data' && ctx.serviceMap === true));
    const metadata = entries.find((e) => e.key === 'metadata')?.value;
    const named = /tcp|udp/i.test(scalarString(this.doc, mapEntries(this.doc, metadata).find((e) => e.key === 'name')?.value) ?? '');
    this.owned(service, undefined, () => {
      for (const e of entries) {
        if (end && e === endEntry) continue;
        if (serviceMap && this.serviceReference(e, ctx.key!)) continue;
        const before = this.out.list.length;
        this.entry(e, { key: e.key, ...(ctx.key !== undefined ? { parentKey: ctx.key } : {}), container, ...(named && e.key === 'data' ? { serviceMap: true } : {}) });
        if (end && e.key === 'port') {
          for (const o of this.out.list.slice(before) as PortOccurrence[]) if (o.port !== null && o.port < end.port && o.portEnd === undefined) o.portEnd = end.port;
        }
      }
    });
  }

  /**
   * A port mapping whose keys do not say "port" (`{container: 25565, host: 25565, proto: tcp}`, game-server
   * panels, VPN and home-lab configs): a number under a mapping role beside a tcp/udp protocol is a port.
   */
  private protocolMapping(entries: Entry[]): void {
    const protocol = entries.find((e) => PROTOCOL_KEYS.has(e.key));
    if (!protocol || !/^(?:tcp|udp)$/i.test(scalarString(this.doc, protocol.value) ?? '')) return;
    for (const e of entries) {
      if (!MAPPING_ROLE_KEYS.has(e.key) || !isScalar(e.value) || typeof e.value.value !== 'number') continue;
      const t = this.text(e.value);
      if (t) addPortValue(this.out, t, e.key, 'property');
    }
  }

  /**
   * An Ansible task looping over ports: `firewalld: {port: "{{ item }}"}` with `loop: [80/tcp, 443/tcp]`
   * (or `with_items:`) — each item is the value of the module's port-named key.
   */
  private loopItems(entries: Entry[]): void {
    const loop = entries.find((e) => LOOP_KEYS.has(e.key) && isSeq(e.value));
    if (!loop) return;
    let name: string | undefined;
    for (const e of entries) {
      if (!isMap(e.value)) continue;
      for (const arg of mapEntries(this.doc, e.value)) {
        const range = arg.value?.range;
        if (!range || !isPortName(arg.key) || namesPortQuantity(arg.key)) continue;
        const raw = this.out.src.text.slice(this.base + range[0], this.base + range[1]);
        if (/^["']?\{\{-?\s*item\s*-?\}\}["']?$/.test(raw.trim())) name = arg.key;
      }
    }
    if (name === undefined) return;
    for (const item of seqItems(this.doc, loop.value!)) {
      const t = isScalar(item) ? this.text(item) : undefined;
      if (t) addPortValue(this.out, t, name, kindForName(name));
    }
  }

  /**
   * ingress-nginx TCP/UDP services (Helm values `tcp:`/`udp:`, the `tcp-services` ConfigMap's `data:`):
   * `"5432": "data/postgres:5433"` — the controller listens on the key's port and proxies to the port of
   * the service `namespace/name` (`:PROXY` suffixes ask for the PROXY protocol).
   */
  private serviceReference(e: Entry, mapKey: string): boolean {
    if (!/^\d{1,5}$/.test(e.key) || !isScalar(e.value)) return false;
    const value = this.text(e.value);
    const keyText = this.text(e.keyNode);
    const m = value && SERVICE_REFERENCE.exec(value.text);
    if (!m || !keyText) return false;
    addPortValue(this.out, keyText, mapKey, 'listen');
    const port = parsePortSpec(m[3]!)?.port;
    if (port !== undefined) {
      const [start, end] = value!.map.span(m.indices![3]![0], m.indices![3]![1]);
      this.out.add(start, end, { kind: 'connect', port, host: `${m[2]!}.${m[1]!}` });
    }
    return true;
  }

  /** One key/value pair of a mapping. */
  entry(e: Entry, ctx: WalkContext): void {
    const { key, value } = e;
    if (!value) return;
    if (key === 'image' && isScalar(value)) {
      const t = this.text(value);
      if (t) addImageReference(this.out, t);
      return;
    }
    if (ENV_KEYS.has(key) && (isMap(value) || isSeq(value))) {
      this.assignments(value, 'env-assign');
      return;
    }
    // A file held in a string, as ConfigMaps and CI configs do: `bootstrap.sh: |`, `redis.conf: |`,
    // `envoy.yaml: |` (a file name, even one saying port: `ports.yaml: |` is a file, not a port key).
    const ext = extension(key);
    if (ext && isScalar(value) && typeof value.value === 'string') {
      const t = this.text(value);
      if (t && SHELL_FILES.has(ext)) return extractShellCode(this.out, t.text, t.map);
      if (t && CONFIG_FILES.has(ext)) return addConfigText(this.out, t);
      if (t && YAML_FILES.has(ext)) {
        if (this.embeddedFile(value)) return;
        // Not a literal block, or not parsed: its `key: value` lines and flow maps, even on one line.
        scanConfigPairs(this.out, t);
        return scanValue(this.out, t);
      }
    }
    if (isPortName(key)) {
      this.portKey(key, value, ctx);
      return;
    }
    if (SHELL_KEYS.has(key) && this.shell(key, value)) return;
    // Ansible's extra ssh arguments (`ansible_ssh_common_args: '-o ProxyCommand="ssh -W %h:%p -p 2222 bastion"'`).
    if (SSH_ARGS_KEYS.has(key) && isScalar(value) && typeof value.value === 'string') {
      const t = this.text(value);
      if (t) extractShellCode(this.out, t.text, t.map, 'ssh');
      return;
    }
    const commands = namesCommands(key);
    // An argument list is read as strings first, so that `--metrics-listen=:9100` stays a host-less address.
    if (commands === 'argv') this.node(value, ctx);
    if (commands && this.shell(key, value, undefined, commands)) return;
    // Traefik `entryPoints: {web: {address: ":80"}}`, Caddy `listen: [":443"]`, `bind_addr: ":8883/tcp"`.
    if (isAddressName(key)) {
      for (const item of isSeq(value) ? seqItems(this.doc, value) : [value]) {
        const t = isScalar(item) && typeof item.value === 'string' ? this.text(item) : undefined;
        if (t) addHostlessAddress(this.out, t, key);
      }
    }
    this.node(value, ctx);
  }

  /**
   * A YAML or JSON file held in a literal block scalar (a ConfigMap's `envoy.yaml: |`): its content lines
   * are that file, indented, so they are parsed as YAML where they stand (positions stay the file's) and
   * walked like any YAML file; its comments are comments. False when it is not a literal block or does
   * not parse cleanly: the caller then reads it as text with `key: value` lines.
   */
  private embeddedFile(node: Node): boolean {
    if (!isScalar(node) || node.type !== 'BLOCK_LITERAL' || !node.range) return false;
    const [start, end] = blockBody(this.source, node);
    const file = parseYaml(this.source.slice(start, end));
    if (file.docs.some((d) => d.errors.length > 0)) return false;
    const base = this.base + start;
    for (const doc of file.docs) new YamlWalker(this.out, doc, file.text, base).node(doc.contents ?? undefined, {});
    scanYamlComments(this.out, file, base);
    return true;
  }

  /** A value under a port-ish key: `port: 80`, `ports: [8000, "8001:8001"]`, `ports: {http: 80}`, k8s `ports:` items. */
  private portKey(key: string, value: Node, ctx: WalkContext): void {
    if (isScalar(value)) {
      this.portScalar(key, value, ctx);
      return;
    }
    if (isSeq(value)) {
      for (const item of seqItems(this.doc, value)) {
        if (isScalar(item)) this.portScalar(key, item, ctx);
        else if (isMap(item) && ctx.container && this.isLongPort(item)) addLongPort(this.out, this.longPort(item));
        else this.node(item, { key, ...(ctx.parentKey !== undefined ? { parentKey: ctx.parentKey } : {}) });
      }
      return;
    }
    // `ports: {http: 80, https: 443}`, `portsAttributes: {"3000": {label: web}}` — only a plural key makes
    // its children (or its keys that are port numbers) ports, not `port_config: {timeout: 30}`.
    if (isMap(value) && identifierWords(key).includes('ports')) {
      for (const child of mapEntries(this.doc, value)) {
        const keyText = this.text(child.keyNode);
        if (keyText && parsePortSpec(keyText.text)) {
          addPortValue(this.out, keyText, key, 'property');
          this.node(child.value, { key: child.key, parentKey: key });
          continue;
        }
        if (isScalar(child.value)) {
          const t = this.text(child.value);
          const name = isPortName(child.key) ? child.key : key;
          if (t && !addPortValue(this.out, t, name, kindForName(name)) && typeof child.value.value === 'string') scanValue(this.out, t);
        } else this.node(child.value, { key: child.key, parentKey: key });
      }
      return;
    }
    // k8s Ingress `port: {number: 80}`, Istio `port: {number: 80, name: http}`: the number is the port.
    if (isMap(value)) {
      for (const child of mapEntries(this.doc, value)) {
        if (PORT_FIELDS.has(child.key) && isScalar(child.value)) {
          const t = this.text(child.value);
          if (t && addPortValue(this.out, t, key, kindForName(key))) continue;
        }
        this.entry(child, { key: child.key, parentKey: key });
      }
      return;
    }
    this.node(value, ctx);
  }

  private portScalar(key: string, node: Node, ctx: WalkContext): void {
    const t = this.text(node);
    if (!t) return;
    // "8000:8000" under `ports:` — compose short syntax, as GitHub Actions service containers take it.
    if (parsePortMapping(t.text)?.host !== undefined && addPortMapping(this.out, t)) return;
    if (ctx.container && /^(?:ports|expose)$/.test(key) && addPortMapping(this.out, t)) return;
    if (addPortValue(this.out, t, key, kindForName(key))) return;
    scanValue(this.out, t);
  }

  isLongPort(item: Node): boolean {
    return mapEntries(this.doc, item).some((e) => e.key === 'target' || e.key === 'published');
  }

  longPort(item: Node): LongPort {
    const get = (k: string) => mapEntries(this.doc, item).find((e) => e.key === k)?.value;
    const lp: LongPort = {};
    const target = this.text(get('target'));
    const published = this.text(get('published'));
    const hostIp = scalarString(this.doc, get('host_ip'));
    const protocol = scalarString(this.doc, get('protocol'));
    if (target) lp.target = target;
    if (published) lp.published = published;
    if (hostIp) lp.hostIp = hostIp;
    if (protocol) lp.protocol = protocol;
    return lp;
  }

  /** Environment variables or labels as a map (`API_PORT: 8000`) or a list (`- API_PORT=8000`). */
  assignments(node: Node, kind: 'env-assign' | 'property'): void {
    if (isMap(node)) {
      for (const e of mapEntries(this.doc, node)) {
        const t = this.text(e.value);
        if (t && isScalar(e.value) && e.value.value !== null) addAssignment(this.out, e.key, t, kind);
        else if (e.value) this.node(e.value, { key: e.key });
      }
      return;
    }
    for (const item of seqItems(this.doc, node)) {
      const t = this.text(item);
      if (!t) {
        this.node(item, {});
        continue;
      }
      const eq = t.text.indexOf('=');
      if (eq <= 0) continue;
      const name = t.text.slice(0, eq).trim();
      addAssignment(this.out, name, subText(this.out, t, eq + 1, t.text.length), kind);
    }
  }

  /**
   * Shell in a value: a script string, a list of script lines, or one command as an argv list.
   * `program` is the command that receives arguments given without one (a compose `command: ["-m", "8222"]`
   * runs the image's entrypoint with them).
   */
  shell(key: string, value: Node, program?: string, named?: 'script' | 'argv'): boolean {
    if (isScalar(value)) {
      if (typeof value.value !== 'string') return false;
      const t = this.text(value);
      if (t) extractShellCode(this.out, t.text, t.map, program !== undefined && t.text.trimStart().startsWith('-') ? program : undefined);
      return true;
    }
    if (!isSeq(value)) return false;
    const items = seqItems(this.doc, value);
    // Under a key that only ends in `command` (`start_command: [ray, start, --port=6379]`), a list of
    // single words is argv; a list of lines with spaces is a script. `extraArgs:` items are argv.
    const words = named === 'script' && items.length > 1 && items.every((i) => isScalar(i) && typeof i.value === 'string' && !/\s/.test(i.value));
    if (ARGV_KEYS.has(key) || words || named === 'argv') {
      if (!items.every((i) => isScalar(i))) return false;
      this.argv(items, program !== undefined && scalarString(this.doc, items[0])?.startsWith('-') ? program : undefined);
      return true;
    }
    for (const item of items) {
      if (isScalar(item) && typeof item.value === 'string') {
        const t = this.text(item);
        if (t) extractShellCode(this.out, t.text, t.map);
      } else this.node(item, { key });
    }
    return true;
  }

  argv(items: Node[], program?: string): void {
    const words: DecodedText[] = [];
    for (const item of items) {
      const t = this.text(item);
      if (t) words.push(t);
    }
    extractArgv(this.out, words, program);
  }
}

/** Comments of a YAML file (parsed from the file's text at offset `base`): URLs, host:port and `port: 8000` in them, as comment occurrences. */
export function scanYamlComments(out: OccurrenceSet, file: YamlFile, base = 0): void {
  for (const c of file.comments) scanComment(out, c.text, base + c.start);
}

/** The lower-cased extension of a file name used as a key (`envoy.yaml` → yaml), or "". */
function extension(key: string | undefined): string {
  return (key !== undefined && /\.([A-Za-z0-9]+)$/.exec(key)?.[1]?.toLowerCase()) || '';
}
