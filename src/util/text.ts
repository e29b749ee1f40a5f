// Small text helpers shared by the CLI, reporters and runtime: plurals and POSIX paths.
import path from 'node:path';

/** `1 file`, `2 files`; `many` for irregular plurals (`1 entry`, `2 entries`). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** A path with `/` separators, as findings, baselines and SARIF name files on every OS. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
