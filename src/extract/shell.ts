// Shell: .sh files, and every shell command embedded elsewhere (Dockerfile RUN/CMD, compose command:,
// package.json scripts, subprocess argument lists) — parsed with the bash grammar, interpreted as argv.
import type { PortOccurrence } from '../types.js';
import { OccurrenceSet, scanText } from './generic.js';
import { OffsetMap, type SourceText } from './source.js';

/** One argv word: its decoded text and where its characters sit in the file. */
export interface ArgvWord {
  text: string;
  map: OffsetMap;
}

/** Ports in shell code; `map` maps offsets of `code` to offsets in the file. */
export function extractShellCode(out: OccurrenceSet, code: string, map: OffsetMap): void {
  scanText(out, code, map);
}

/** Ports in a command given as separate words (exec-form CMD, compose command lists, subprocess lists). */
export function extractArgv(out: OccurrenceSet, words: ArgvWord[]): void {
  for (const w of words) scanText(out, w.text, w.map);
}

export function extractShell(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  extractShellCode(out, src.text, OffsetMap.identity(src.text.length, 0));
  return out.list;
}
