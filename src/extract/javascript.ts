// JavaScript and TypeScript: grammars/javascript/ports.scm (+ typescript/ports.scm) on one tree.
import type { PortOccurrence } from '../types.js';
import { extractTreeSitter } from './generic.js';
import type { SourceText } from './source.js';
import { grammar } from './tree-sitter.js';

export function extractJavaScript(src: SourceText, dialect: 'javascript' | 'typescript' | 'tsx'): PortOccurrence[] {
  return extractTreeSitter(src, grammar(dialect));
}
