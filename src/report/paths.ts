// Path display shared by formatters: findings carry root-relative paths, humans read cwd-relative ones.
import path from 'node:path';

export function displayPath(file: string, root: string, cwd: string): string {
  const rel = path.relative(cwd, path.join(root, file));
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}
