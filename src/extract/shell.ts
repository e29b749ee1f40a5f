// Shell: .sh files, and every shell command embedded elsewhere (Dockerfile RUN/CMD, compose command:,
// package.json scripts, subprocess argument lists) — parsed with the bash grammar, interpreted as argv.
import type { Node } from 'web-tree-sitter';
import type { PortOccurrence } from '../types.js';
import { checkFileBudget } from '../util/budget.js';
import { OccurrenceSet, scanComment } from './generic.js';
import { identifierWords } from './port-text.js';
import { applyArgRole, emitPart, interpretArgv, MAX_DEPTH, OPTION_VARIABLE, optionWords, scanPortPhrases, scanWord, type Forward, type ShellContext } from './shell-argv.js';
import type { ArgSpec, CommandSpec } from './shell-commands.js';
import { namesPort, resolvePortList } from './shell-values.js';
import { decodeNode, MappedText } from './shell-words.js';
import type { OffsetMap, SourceText } from './source.js';
import { grammar, parse, runQuery, type OccurrenceHit } from './tree-sitter.js';

/** One argv word: its decoded text and where its characters sit in the file. */
export interface ArgvWord {
  text: string;
  map: OffsetMap;
}

/** Ports in shell code; `map` maps offsets of `code` to offsets in the file. */
export function extractShellCode(out: OccurrenceSet, code: string, map: OffsetMap, program?: string): void {
  const text = MappedText.fromFunction(code, (i) => map.at(i));
  extractShellText(out, program === undefined ? text : MappedText.join([programWord(program, map.at(0)), text]));
}

/** A command name the file does not write (an image's entrypoint), mapped to where its arguments start. */
function programWord(program: string, at: number): MappedText {
  return MappedText.fromFunction(program, () => at);
}

/** Ports in a command given as separate words (exec-form CMD, compose command lists, subprocess lists). */
export function extractArgv(out: OccurrenceSet, words: ArgvWord[], program?: string): void {
  const mapped = words.map((w) => MappedText.fromFunction(w.text, (i) => w.map.at(i)));
  if (program !== undefined && words.length > 0) mapped.unshift(programWord(program, words[0]!.map.at(0)));
  extractArgvText(out, mapped);
}

/** Ports in a command given as already-mapped words (Dockerfile exec form). */
export function extractArgvText(out: OccurrenceSet, words: MappedText[]): void {
  interpretArgv(words, shellContext(out), 0);
}

export function extractShell(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  extractShellText(out, MappedText.identity(src.text, 0));
  // `$API_PORT` after `API_PORT="${CONTIMG_API_PORT:-8000}"`, `$port` of `for port in …`: the script sets
  // these itself, so a port through them is not one "given only through a variable without a default".
  const assigned = assignedNames(src.text);
  return out.list.filter((o) => !(o.port === null && o.variable !== undefined && assigned.has(o.variable)));
}

const ASSIGNMENT = /(?:^|[\s;&|(!{])(?:(?:export|local|readonly|declare|typeset)\s+(?:-\w+\s+)*)?([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?\+?=/gm;
const LOOP_OR_READ = /(?:^|[\s;&|(!{])(?:for|select)\s+([A-Za-z_][A-Za-z0-9_]*)\s+in\b|(?:^|[\s;&|(!{])read\s+(?:-\w+(?:\s+\S+)?\s+)*([A-Za-z_][A-Za-z0-9_ ]*)/gm;

/** Names a script assigns itself: assignments (with export/local/…), for/select loop variables, `read` targets. */
function assignedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(ASSIGNMENT)) names.add(m[1]!);
  for (const m of text.matchAll(LOOP_OR_READ)) {
    if (m[1]) names.add(m[1]);
    if (m[2]) for (const n of m[2].trim().split(/\s+/)) if (/^[A-Za-z_]\w*$/.test(n)) names.add(n);
  }
  return names;
}

/**
 * The value of an options variable set outside shell code (an .env line, compose `environment:`, a
 * Dockerfile ENV): `NODE_OPTIONS=--inspect=0.0.0.0:9229`, `JAVA_OPTS=-Dserver.port=8080`, read as the
 * flags it holds. False (nothing read) when the name or value is not that.
 */
export function extractOptionValue(out: OccurrenceSet, name: string, value: MappedText): boolean {
  if (!OPTION_VARIABLE.test(name) || !/^\s*-/.test(value.text)) return false;
  interpretArgv(optionWords(value), shellContext(out), 1);
  return true;
}

function shellContext(out: OccurrenceSet): ShellContext {
  return { out, shell: (code, depth) => extractShellText(out, code, depth) };
}

/** Words of a parameter name that make it a host (`host="$1"`), so the port after it gets that host. */
const HOST_WORDS = new Set(['host', 'hostname', 'server', 'addr', 'address']);

const PARAMETER = /^\$(?:(\d)|\{(\d)(?:[:]?[-=][^}]*)?\})$/;

/**
 * The script's functions whose positional parameters are ports: bound to a port-named variable
 * (`wait_tcp() { host="$1"; port="$2"; nc -z "$host" "$port"; }`, then `wait_tcp localhost 6379`), or
 * passed, under any name, to a port position of a command in the body (`forward() { local target="$1"
 * mapping="$2"; kubectl port-forward "$target" "$mapping"; }`, then `forward svc/db 15432:5432` reads
 * `15432:5432` as kubectl does). Earlier functions are known to later ones' bodies.
 */
function scriptFunctions(definitions: Node[], code: MappedText, out: OccurrenceSet): Map<string, CommandSpec> {
  const functions = new Map<string, CommandSpec>();
  for (const fn of definitions) {
    const name = fn?.childForFieldName('name')?.text;
    const body = fn?.childForFieldName('body');
    if (!name || !body || !/\$\{?\d/.test(code.text.slice(body.startIndex, body.endIndex))) continue;
    // Parameter variables: `port="$2"`, `local target="$1" mapping="$2"`, `p=${1:-8000}`.
    const parameters = new Map<string, number>();
    for (const a of body.descendantsOfType('variable_assignment')) {
      const variable = a?.childForFieldName('name')?.text;
      const value = a?.childForFieldName('value');
      if (!variable || !value || parameters.has(variable)) continue;
      const m = PARAMETER.exec(decodeNode(value, code).text.trim());
      if (m) parameters.set(variable, Number(m[1] ?? m[2]) - 1);
    }
    const reads = bodyReads(body, code, out, functions);
    const args: ArgSpec[] = [];
    const bind = (index: number, spec: ArgSpec) => {
      if (index >= 0 && !args[index]) args[index] = spec;
    };
    // `"$2"` straight in a port position.
    for (const [variable, read] of reads) if (/^\d+$/.test(variable)) bind(Number(variable) - 1, parameterRole(read));
    for (const [variable, index] of parameters) {
      const read = reads.get(variable);
      // A port-named parameter is a port, unless a command reads it as more (`-p "$port"` of docker run is a mapping).
      if (namesPort(variable) && (!read || read.role === 'port')) bind(index, { role: 'port', kind: 'argument', name: variable });
      else if (read) bind(index, { ...parameterRole(read), name: variable });
      else if (identifierWords(variable).some((w) => HOST_WORDS.has(w))) bind(index, { role: 'host' });
    }
    if (args.some((r) => r !== undefined && r.role !== 'host')) functions.set(name, { args: Array.from(args, (r) => r ?? { role: 'skip' }) });
  }
  return functions;
}

/** `"$@"`, `"${@}"`, `"${@:2}"` as a whole word: the function's arguments (from the second, for `:2`). */
const ALL_ARGUMENTS = /^\$(?:@|\{@(?::(\d+))?\})$/;

/**
 * The script's functions that run their arguments: `retry() { local n=$1; shift; … "$@" …; }` (then
 * `retry 5 nc -z tiles 8080` runs `nc -z tiles 8080`), `dc() { docker compose -f dev.yml "$@"; }`.
 */
function forwardingFunctions(definitions: Node[], code: MappedText): Map<string, Forward[]> {
  const forwards = new Map<string, Forward[]>();
  for (const fn of definitions) {
    const name = fn?.childForFieldName('name')?.text;
    const body = fn?.childForFieldName('body');
    if (!name || !body || !code.text.slice(body.startIndex, body.endIndex).includes('$')) continue;
    const commands = body.descendantsOfType('command').filter((c): c is Node => c !== null);
    const list: Forward[] = [];
    for (const command of commands) {
      const words = commandWords(command, code);
      const at = words.findIndex((w) => ALL_ARGUMENTS.test(w.text));
      if (at < 0) continue;
      const from = Number(ALL_ARGUMENTS.exec(words[at]!.text)![1] ?? '1');
      let skip = Math.max(0, from - 1);
      // `shift` and `shift 2` before the command drop leading arguments.
      for (const c of commands) {
        if (c.startIndex >= command.startIndex || c.childForFieldName('name')?.text !== 'shift') continue;
        const n = c.childrenForFieldName('argument')[0]?.text;
        skip += n !== undefined && /^\d+$/.test(n) ? Number(n) : 1;
      }
      list.push({ before: words.slice(0, at), after: words.slice(at + 1), skip });
    }
    if (list.length > 0) forwards.set(name, list);
  }
  return forwards;
}

/** How a function call's argument is read, from how its body reads the parameter: a flag's value is an argument of the call. */
function parameterRole(read: ArgSpec): ArgSpec {
  return { role: read.role, ...(read.kind !== undefined && read.kind !== 'cli-flag' && { kind: read.kind }) };
}

/** Variables (and positional parameters) that the commands of a function body read in a port position. */
function bodyReads(body: Node, code: MappedText, out: OccurrenceSet, functions: Map<string, CommandSpec>): Map<string, ArgSpec> {
  const reads = new Map<string, ArgSpec>();
  // A dry run: the body's own ports are found by the main pass.
  const probe: ShellContext = { out: new OccurrenceSet(out.src), shell: () => undefined, functions, reads };
  for (const command of body.descendantsOfType('command')) if (command) interpretArgv(commandWords(command, code), probe, 0);
  return reads;
}

/**
 * Literals of variables the commands read in a port position (`kubectl port-forward "$t" "${FORWARDS[$t]}"`):
 * each assigned value (array elements too, `[svc/api]="13000:80"`) and each value a `for` loop gives it
 * is read the way the command reads it. Port-named variables are the query's; this covers the others.
 */
function readVariables(root: Node, code: MappedText, ctx: ShellContext): void {
  const reads = ctx.reads;
  if (!reads || reads.size === 0) return;
  for (const a of root.descendantsOfType('variable_assignment')) {
    const variable = a?.childForFieldName('name')?.text;
    const value = a?.childForFieldName('value');
    const role = variable !== undefined ? reads.get(variable) : undefined;
    if (!role || !value || namesPort(variable!)) continue;
    const values = value.type === 'array' ? value.namedChildren.filter((n): n is Node => n !== null) : [value];
    for (const v of values) {
      const word = arrayElement(decodeNode(v, code));
      if (/^\d|^\$\{/.test(word.text.trim())) applyArgRole(role, word, ctx);
    }
  }
  // for p in 7000 7001 7002; do probe_port render "$p"; done   (not `for i in 1 2 3`: numbers below 20
  // a loop walks are counts and indexes, as in scanPortPhrases)
  for (const loop of root.descendantsOfType('for_statement')) {
    const variable = loop?.childForFieldName('variable')?.text;
    const role = variable !== undefined ? reads.get(variable) : undefined;
    if (!role || namesPort(variable!)) continue;
    for (const v of loop!.namedChildren) {
      if (!v || !['number', 'word', 'string', 'raw_string'].includes(v.type)) continue;
      const word = decodeNode(v, code);
      if (/^\d/.test(word.text.trim()) && !/^(?:1?\d)$/.test(word.text.trim())) applyArgRole(role, word, ctx);
    }
  }
}

function arrayWords(node: Node, code: MappedText): MappedText[] {
  return node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment').map((n) => decodeNode(n, code));
}

const ASSOCIATIVE = /^\[[^\]]*\]=/;

/** `[key]=value` (an associative array element) → value. */
function arrayElement(w: MappedText): MappedText {
  const m = ASSOCIATIVE.exec(w.text);
  return m ? w.slice(m[0].length) : w;
}

/**
 * Ports in shell code whose characters map to the file through `code`. Order decides which reading of
 * a span wins: commands (the argv tables, the script's own port-taking functions) first, then
 * grammars/bash/ports.scm patterns in file order (assignments, `${PORT:-8000}`, loops and comparisons),
 * then literals of variables the commands read as ports, then URLs/addresses in other words, then comments.
 */
export function extractShellText(out: OccurrenceSet, code: MappedText, depth = 0, reads: Map<string, ArgSpec> = new Map()): void {
  checkFileBudget();
  if (depth > MAX_DEPTH) return;
  const g = grammar('bash');
  const tree = parse(g, code.text);
  try {
    const hits = runQuery(g, tree.rootNode);
    const functions = hits.commands.filter((n) => n.type === 'function_definition');
    // Code run by a command of this script (`timeout 60 bash -c "until nc -z localhost $p; …"`) shares its
    // variable reads: `$p` there is the loop variable or assignment of the script around it.
    const ctx: ShellContext = {
      out,
      shell: (nested, d) => extractShellText(out, nested, d, reads),
      functions: scriptFunctions(functions, code, out),
      forwards: forwardingFunctions(functions, code),
      reads,
    };
    const elements: MappedText[] = [];
    for (const node of hits.commands) {
      // Without a digit or a `$` a command holds no port, literal or variable.
      if (node.type === 'function_definition' || !/[\d$]/.test(code.text.slice(node.startIndex, node.endIndex))) continue;
      if (node.type === 'command') interpretArgv(commandWords(node, code), ctx, depth);
      // args=(--port 8000): an array is argv; not its `[key]=value` elements, which are data that commands
      // read later (`"${FORWARDS[$t]}"`): read after the variable reads below, so those win.
      else if (node.type === 'array') {
        const words = arrayWords(node, code);
        interpretArgv(words.filter((w) => !ASSOCIATIVE.test(w.text)), ctx, depth);
        for (const w of words) if (ASSOCIATIVE.test(w.text)) elements.push(arrayElement(w));
      }
      // NODE_OPTIONS='--inspect=9230' node x.js: options alone, which the shell grammar would misread as a command.
      else if (node.parent?.type === 'variable_assignment' && /^\s*-/.test(decodeNode(node, code).text)) interpretArgv(optionWords(decodeNode(node, code)), ctx, depth + 1);
      // A heredoc fed to a shell, START_CMD="uvicorn app --port 8000", JAVA_OPTS="-Dserver.port=8080".
      else extractShellText(out, decodeNode(node, code), depth + 1);
    }
    hits.occurrences.sort((a, b) => a.pattern - b.pattern || a.port.startIndex - b.port.startIndex);
    for (const hit of hits.occurrences) addHit(out, hit, code);
    tableElements(tree.rootNode, code, out);
    readVariables(tree.rootNode, code, ctx);
    for (const w of elements) scanWord(out, w);
    for (const node of hits.strings) {
      // Every URL or authority port follows a colon.
      const raw = code.text.slice(node.startIndex, node.endIndex);
      if (raw.includes(':') || raw.includes('/dev/')) scanWord(out, decodeNode(node, code));
      if (node.type === 'heredoc_body' && /\d/.test(raw)) {
        const body = decodeNode(node, code);
        scanConfigText(out, body);
        // A JSON or Python mapping written by the heredoc (`DATABASES = {… "PORT": "5432", …}`), one member a line.
        if (raw.includes('{')) quotedMembers(out, body);
      }
    }
    for (const node of hits.comments) {
      const text = decodeNode(node, code);
      if (text.contiguous()) scanComment(out, text.text, text.start(0));
      else scanWord(out, text, true);
    }
  } finally {
    tree.delete();
  }
}

/** A line holding one quoted member of a JSON or Python mapping: `"PORT": "5432",`, `'statsd_port': 8125`. */
const QUOTED_MEMBER = /^[ \t]*(["'])([A-Za-z_][\w.-]*)\1[ \t]*:[ \t]*(["']?)(\d{2,5})\3[ \t]*,?[ \t]*$/gm;

function quotedMembers(out: OccurrenceSet, body: MappedText): void {
  QUOTED_MEMBER.lastIndex = 0;
  for (let m = QUOTED_MEMBER.exec(body.text); m; m = QUOTED_MEMBER.exec(body.text)) {
    const name = m[2]!;
    if (!namesPort(name)) continue;
    const at = m.index + m[0].lastIndexOf(m[4]!);
    for (const part of resolvePortList(m[4]!)) {
      if (part.port !== null) emitPart(out, body, { ...part, start: at + part.start, end: at + part.end }, 'property', { name });
    }
  }
}

/**
 * A heredoc's config or help text (`cat > .env <<EOF … API_PORT=8000 … EOF`): port-named values, line by
 * line; `#` lines are the config's comments.
 */
export function scanConfigText(out: OccurrenceSet, body: MappedText): void {
  for (const m of body.text.matchAll(/[^\n]*\d[^\n]*/g)) {
    const line = body.slice(m.index, m.index + m[0].length);
    scanPortPhrases(out, line, /^\s*#/.test(line.text));
  }
}

/** The words of a `command` node: its name, then its arguments (prefix assignments are query patterns). */
function commandWords(node: Node, code: MappedText): MappedText[] {
  const words: MappedText[] = [];
  const name = node.childForFieldName('name');
  if (name) words.push(decodeNode(name.namedChild(0) ?? name, code));
  for (const arg of node.childrenForFieldName('argument')) if (arg) words.push(decodeNode(arg, code));
  return words;
}

/**
 * Numbers in port-range checks are bounds, not ports: `[ "$PORT" -lt 1024 ]`, `[ $port -gt 65535 ]`.
 * A loop bound such as `while [ $port -le 3220 ]` is a port.
 */
const VALIDATION_BOUNDS = new Set([0, 1, 1023, 1024, 49151, 49152, 65535, 65536]);

/** Widest `shuf -i FIRST-LAST` range read as a service's block of ports rather than "any free port". */
const MAX_CHOSEN_RANGE = 1024;

/** Commands whose number arguments are arithmetic, not candidate ports: `PORT=$(expr $BASE + 1)`. */
const ARITHMETIC = new Set(['expr', 'bc', 'dc', 'awk', 'let', 'test', '[', 'printf', 'date', 'sleep', 'head', 'tail', 'cut']);

function addHit(out: OccurrenceSet, hit: OccurrenceHit, code: MappedText): void {
  if (hit.kind === 'constant' && !isCandidateArgument(hit.port)) return;
  const word = arrayElement(decodeNode(hit.port, code));
  const name = hit.name?.text;
  // `PORT_TIMEOUT=30`, `for port_count in 1 2 3`: port-named, but not a port.
  const bound = name ?? hit.variable?.text;
  if (bound !== undefined && !namesPort(bound)) return;
  const parts = resolvePortList(word.text);
  for (const part of parts) {
    switch (hit.kind) {
      case 'env-default':
        // `${API_PORT}` alone is no port position; only a literal default is recorded here.
        if (part.port === null) continue;
        break;
      case 'constant':
        if (isSeqStep(hit.port)) continue;
        // PORT=$((8000 + i)) is a base port; PORT=$((PORT + 1)) only an increment.
        if (hit.port.parent?.type === 'binary_expression' && hit.outer.type === 'variable_assignment' && (part.port ?? 0) < 1024) continue;
        if (hit.outer.type === 'binary_expression' && part.port !== null && VALIDATION_BOUNDS.has(part.port)) continue;
        break;
      default:
        break;
    }
    const kind = hit.kind === 'env-assign' && part.parameter ? 'parameter-default' : hit.kind;
    emitPart(out, word, part, kind, name !== undefined ? { name } : {});
  }
}

/**
 * One element of a port table set by key (issue 12 item 7): `SERVICE_PORTS[grafana]=3001`,
 * `PORTS["prometheus"]=9090` — an associative array named for ports, filled one service at a time.
 */
function tableElements(root: Node, code: MappedText, out: OccurrenceSet): void {
  // Only a text with `name[key]=` has one: the walk visits every node of the tree.
  if (!/\]\+?=/.test(code.text)) return;
  for (const assignment of root.descendantsOfType('variable_assignment')) {
    const target = assignment.childForFieldName('name');
    const value = assignment.childForFieldName('value');
    const table = target?.type === 'subscript' ? target.childForFieldName('name')?.text : undefined;
    if (!value || table === undefined || !namesPort(table)) continue;
    const word = decodeNode(value, code);
    for (const part of resolvePortList(word.text)) {
      if (part.port !== null) emitPart(out, word, part, 'env-assign', { name: table });
    }
  }
}

/**
 * A number argument of the command in `PORT=$(first_free_port 8010 8011)` or `for port in $(seq …)` is a
 * candidate port unless it is a flag's value (`head -n 1`) or arithmetic; `shuf -i 8800-8999`'s range is one.
 */
function isCandidateArgument(node: Node): boolean {
  const command = node.parent;
  if (command?.type !== 'command') return true;
  const name = command.childForFieldName('name')?.text ?? '';
  if (ARITHMETIC.has(name.replace(/^.*\//, ''))) return false;
  const before = node.previousNamedSibling;
  // `shuf -i 8800-8999 -n 1`: the input range is the block the port is drawn from, and its first port is
  // the service's as a range's is. A range over much of the port space (`shuf -i 20000-65000`) only asks
  // for any free port, as port 0 does.
  if (name === 'shuf' && before && /^(?:-i|--input-range)$/.test(before.text)) {
    const range = /^(\d+)-(\d+)$/.exec(node.text);
    return range !== null && Number(range[2]) - Number(range[1]) < MAX_CHOSEN_RANGE;
  }
  return !(before && before.type !== 'command_name' && /^-/.test(before.text));
}

/** The middle argument of `seq FIRST STEP LAST` is a step, not a port. */
function isSeqStep(node: Node): boolean {
  const command = node.parent;
  if (command?.type !== 'command' || command.childForFieldName('name')?.text !== 'seq') return false;
  const args = command.childrenForFieldName('argument').filter((a) => a !== null && !a.text.startsWith('-'));
  return args.length === 3 && args[1]?.id === node.id;
}
