// JSON and JSONC (tsconfig, .vscode/launch.json and tasks.json, devcontainer.json): grammars/json/ports.scm,
// docker-style mappings (`"appPort": ["127.0.0.1:8000:8000"]`) read as compose short syntax, and
// commands (strings run by a shell, argv arrays) handed to the shell extractor.
import type { Node } from 'web-tree-sitter';
import type { PortOccurrence } from '../types.js';
import { addPortMapping } from './compose-ports.js';
import { extractTreeSitter, nodeContent, type OccurrenceSet, type TreeSitterHooks } from './generic.js';
import { unquote } from './port-text.js';
import { extractArgv, extractShellCode, type ArgvWord } from './shell.js';
import { OffsetMap, type SourceText } from './source.js';
import { grammar } from './tree-sitter.js';

const hooks: TreeSitterHooks = {
  // A string under a port-ish key holding `host:container` is a publish mapping, as `docker run -p` takes it.
  hit(hit, out) {
    if (hit.kind !== 'property' || hit.port.type !== 'string_content') return false;
    const { text, start } = nodeContent(hit.port);
    if (!text.includes(':') || text.includes('://')) return false;
    const name = hit.name ? unquote(hit.name.text) : undefined;
    return addPortMapping(out, { text, map: OffsetMap.identity(text.length, start) }, name !== undefined ? { name } : {});
  },
  command(node, out) {
    if (node.type === 'array') argvArray(node, out);
    else {
      const { text, start } = nodeContent(node);
      extractShellCode(out, text, OffsetMap.identity(text.length, start));
    }
  },
};

/**
 * An argv array. Its command is implied by the key: launch.json `runtimeArgs` go to the
 * `runtimeExecutable` (node by default), devcontainer `runArgs` to `docker run`; `args` stand alone.
 * The implied words carry no digits, so they never become occurrences.
 */
function argvArray(array: Node, out: OccurrenceSet): void {
  const pair = array.parent;
  const key = pair?.childForFieldName('key');
  const keyText = key ? unquote(key.text) : '';
  const implied = (word: string): ArgvWord => ({ text: word, map: OffsetMap.identity(word.length, array.startIndex) });
  const words: ArgvWord[] = [];
  if (keyText === 'runArgs') words.push(implied('docker'), implied('run'));
  if (keyText === 'runtimeArgs') words.push(implied(siblingString(pair, 'runtimeExecutable') ?? 'node'));
  for (const item of array.namedChildren) {
    if (!item) continue;
    if (item.type === 'number') words.push({ text: item.text, map: OffsetMap.identity(item.text.length, item.startIndex) });
    else if (item.type === 'string') {
      // The text as written inside the quotes: escapes stay undecoded (a port never holds one).
      const { text, start } = nodeContent(item);
      words.push({ text, map: OffsetMap.identity(text.length, start) });
    }
  }
  extractArgv(out, words);
}

/** The string value of a sibling key of `pair` in the same object (`"runtimeExecutable": "deno"`). */
function siblingString(pair: Node | null, key: string): string | undefined {
  for (const sibling of pair?.parent?.namedChildren ?? []) {
    if (sibling?.type !== 'pair') continue;
    const k = sibling.childForFieldName('key');
    const v = sibling.childForFieldName('value');
    if (k && v?.type === 'string' && unquote(k.text) === key) {
      const value = unquote(v.text);
      // ${workspaceFolder}/node_modules/.bin/ts-node → ts-node
      return value.split(/[\\/]/).pop() || undefined;
    }
  }
  return undefined;
}

export function extractJson(src: SourceText): PortOccurrence[] {
  return extractTreeSitter(src, grammar('json'), hooks);
}
