// package.json: `scripts` values are shell code (each JSON string decoded, escapes included, and mapped
// back to the file); everything else is JSON, read by grammars/json/ports.scm as json.ts reads it
// (`"config": { "port": 8080 }`, `"proxy": "http://localhost:8000"`, `"nodemonConfig": { "exec": "…" }`).
import type { Node } from 'web-tree-sitter';
import type { PortOccurrence } from '../types.js';
import { extractTreeSitter, OccurrenceSet, type TreeSitterHooks } from './generic.js';
import { jsonHooks } from './json.js';
import { extractShellText } from './shell.js';
import { decodeJsonString, MappedText } from './shell-words.js';
import type { SourceText } from './source.js';
import { grammar, parse } from './tree-sitter.js';

export function extractPackageJson(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  const json = grammar('json');
  const file = MappedText.identity(src.text, 0);
  const tree = parse(json, src.text);
  const scripts = new Set<number>();
  try {
    for (const value of scriptValues(tree.rootNode)) {
      scripts.add(value.startIndex);
      const code = decodeJsonString(file, value.startIndex, value.endIndex);
      if (code) extractShellText(out, code);
    }
  } finally {
    tree.delete();
  }
  // A script named like a command key (`"scripts": { "exec": "…" }`) is read once, above.
  const hooks: TreeSitterHooks = {
    ...jsonHooks,
    command(node, set) {
      const value = node.type === 'array' ? node : node.parent;
      if (value && !scripts.has(value.startIndex)) jsonHooks.command?.(node, set);
    },
  };
  // Script occurrences are in `out` first, so they win over the JSON patterns' reading of the same strings.
  return extractTreeSitter(src, json, hooks, out);
}

/** The string values of the top-level `"scripts"` object. */
function scriptValues(root: Node): Node[] {
  const top = root.namedChildren.find((n) => n?.type === 'object');
  const out: Node[] = [];
  for (const pair of top?.namedChildren ?? []) {
    if (pair?.type !== 'pair' || keyOf(pair) !== 'scripts') continue;
    const scripts = pair.childForFieldName('value');
    if (scripts?.type !== 'object') continue;
    for (const script of scripts.namedChildren) {
      const value = script?.type === 'pair' ? script.childForFieldName('value') : null;
      if (value?.type === 'string') out.push(value);
    }
  }
  return out;
}

function keyOf(pair: Node): string | undefined {
  const key = pair.childForFieldName('key');
  if (key?.type !== 'string') return undefined;
  try {
    return JSON.parse(key.text) as string;
  } catch {
    return undefined;
  }
}
