// JSON and JSONC (tsconfig, .vscode/launch.json and tasks.json, devcontainer.json, nodemon.json):
// grammars/json/ports.scm, docker-style mappings (`"appPort": ["127.0.0.1:8000:8000"]`) read as compose
// short syntax, and commands (strings run by a shell, argv arrays) handed to the shell extractor.
import type { Node } from 'web-tree-sitter';
import type { PortOccurrence } from '../types.js';
import { addPortMapping } from './compose-ports.js';
import { addHostlessAddress } from './compose-values.js';
import { extractTreeSitter, nodeContent, type OccurrenceSet, type TreeSitterHooks } from './generic.js';
import { unquote } from './port-text.js';
import { extractArgvText, extractShellText } from './shell.js';
import { decodeJsonString, MappedText } from './shell-words.js';
import { OffsetMap, type SourceText } from './source.js';
import { grammar } from './tree-sitter.js';

/** The query's hooks for JSON files, and for package.json outside its `scripts`. */
export const jsonHooks: TreeSitterHooks = {
  // A string under a port-ish key holding `host:container` is a publish mapping, as `docker run -p` takes it.
  hit(hit, out) {
    // `"listen": [":443"]`: only a host-less address is read here; other strings are scanned as strings.
    if (hit.kind === 'listen') {
      const { text, start } = nodeContent(hit.port);
      if (hit.name) addHostlessAddress(out, { text, map: OffsetMap.identity(text.length, start) }, unquote(hit.name.text));
      return true;
    }
    if (hit.kind !== 'property' || hit.port.type !== 'string_content') return false;
    const { text, start } = nodeContent(hit.port);
    if (!text.includes(':') || text.includes('://')) return false;
    const name = hit.name ? unquote(hit.name.text) : undefined;
    return addPortMapping(out, { text, map: OffsetMap.identity(text.length, start) }, name !== undefined ? { name } : {});
  },
  command(node, out) {
    if (node.type === 'array') return argvArray(node, out);
    // `@command` is a string's content: the string decoded (`\"`, `\n`), each character mapped to the file.
    const string = node.parent;
    const code = string ? jsonString(string, out) : undefined;
    if (code) extractShellText(out, code);
  },
};

/** A JSON string node's value, decoded and mapped to the file; undefined when it is not a well-formed string. */
function jsonString(node: Node, out: OccurrenceSet): MappedText | undefined {
  if (node.type !== 'string') return undefined;
  return decodeJsonString(MappedText.identity(out.src.text, 0), node.startIndex, node.endIndex);
}

/** The strings (and numbers) of an array, decoded and mapped. */
function arrayWords(array: Node, out: OccurrenceSet): MappedText[] {
  const words: MappedText[] = [];
  for (const item of array.namedChildren) {
    if (item?.type === 'number') words.push(MappedText.identity(item.text, item.startIndex));
    else if (item?.type === 'string') {
      const w = jsonString(item, out);
      if (w) words.push(w);
    }
  }
  return words;
}

/**
 * An argv array. Its command is implied by the key: launch.json `runtimeArgs` go to the
 * `runtimeExecutable` (node by default), devcontainer `runArgs` to `docker run`, and `args` beside a
 * `command` (tasks.json, Kubernetes containers) to that command; other `args` stand alone. The implied
 * words of a key carry no digits, so they never become occurrences. Docker and ECS health checks
 * (`["CMD-SHELL", "curl -f http://localhost:8080/"]`) name their form first.
 */
function argvArray(array: Node, out: OccurrenceSet): void {
  const pair = array.parent;
  const keyText = keyOf(pair);
  const implied = (word: string): MappedText => MappedText.fromFunction(word, () => array.startIndex);
  let words = arrayWords(array, out);
  if (words[0]?.text === 'CMD-SHELL' || words[0]?.text === 'CMD') {
    const form = words[0].text;
    words = words.slice(1);
    if (form === 'CMD-SHELL') {
      for (const w of words) extractShellText(out, w);
      return;
    }
  }
  const before: MappedText[] = [];
  if (keyText === 'runArgs') before.push(implied('docker'), implied('run'));
  if (keyText === 'runtimeArgs') {
    const runtime = sibling(pair, 'runtimeExecutable');
    // ${workspaceFolder}/node_modules/.bin/ts-node → ts-node
    const name = runtime?.type === 'string' ? unquote(runtime.text).split(/[\\/]/).pop() : undefined;
    before.push(implied(name || 'node'));
  }
  if (keyText === 'args') {
    const command = sibling(pair, 'command') ?? sibling(pair, 'cmd');
    if (command?.type === 'array') before.push(...arrayWords(command, out));
    else if (command?.type === 'string') {
      // "command": "npm" (or "npx vite"): its words, unless it is a script of its own.
      const w = jsonString(command, out);
      if (w && !/[|&;<>()$`"'\\]/.test(w.text)) for (const m of w.text.matchAll(/\S+/g)) before.push(w.slice(m.index, m.index + m[0].length));
    }
  }
  extractArgvText(out, [...before, ...words]);
}

function keyOf(pair: Node | null): string | undefined {
  const key = pair?.type === 'pair' ? pair.childForFieldName('key') : null;
  return key ? unquote(key.text) : undefined;
}

/** The value of a sibling key of `pair` in the same object (`"runtimeExecutable": "deno"`). */
function sibling(pair: Node | null, key: string): Node | undefined {
  for (const s of pair?.parent?.namedChildren ?? []) {
    if (s?.type === 'pair' && keyOf(s) === key) return s.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

export function extractJson(src: SourceText): PortOccurrence[] {
  return extractTreeSitter(src, grammar('json'), jsonHooks);
}
