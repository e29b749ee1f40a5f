// Locates port-lint's own package directory, whether running from src/ (tests) or dist/src/ (built).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'port-lint') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('port-lint: cannot find its own package.json');
    dir = parent;
  }
}

/** Absolute path of the port-lint package (holding package.json, rules/, grammars/, config/). */
export const PACKAGE_ROOT = findPackageRoot();

export const PACKAGE = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  homepage?: string;
};

export const VERSION = PACKAGE.version;

/** The project's home page, used for SARIF informationUri and rule help links. */
export const HOMEPAGE = PACKAGE.homepage ?? 'https://github.com/port-lint/port-lint';

export function packagePath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}
