// Atomic, contained writes of files a user can see (--fix, baselines, caches, -o): a temporary file in the
// same directory, fsync, rename over the target (the target's mode kept), never through a symlink that
// leaves the allowed root. A failure leaves the old file whole and removes the temporary file.
import * as realFs from 'node:fs';
import path from 'node:path';

/** The fs calls a safe write makes; tests replace it to inject ENOSPC, EACCES or a race. */
export interface WriteFs {
  openSync: typeof realFs.openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof realFs.fsyncSync;
  closeSync: typeof realFs.closeSync;
  renameSync: typeof realFs.renameSync;
  rmSync: typeof realFs.rmSync;
  chmodSync: typeof realFs.chmodSync;
  statSync: typeof realFs.statSync;
  lstatSync: typeof realFs.lstatSync;
  realpathSync: (p: string) => string;
}

const nodeFs: WriteFs = {
  openSync: realFs.openSync,
  writeSync: (fd, buffer, offset, length) => realFs.writeSync(fd, buffer, offset, length),
  fsyncSync: realFs.fsyncSync,
  closeSync: realFs.closeSync,
  renameSync: realFs.renameSync,
  rmSync: realFs.rmSync,
  chmodSync: realFs.chmodSync,
  statSync: realFs.statSync,
  lstatSync: realFs.lstatSync,
  realpathSync: (p) => realFs.realpathSync(p),
};

let fsLayer: WriteFs = nodeFs;

/** Replaces the fs layer (tests only); returns a function that restores the previous one. */
export function setWriteFs(fs: Partial<WriteFs>): () => void {
  const previous = fsLayer;
  fsLayer = { ...previous, ...fs };
  return () => {
    fsLayer = previous;
  };
}

/** A write that could not be made; `code` is the errno code (ENOSPC, EACCES, …) or a port-lint reason. */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    detail: string,
  ) {
    super(`cannot write ${file}: ${detail}`);
    this.name = 'WriteError';
  }
}

function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** realpath of `p`, or of its nearest existing ancestor joined with the rest (for files not yet created). */
function realpathLoose(p: string): string {
  const missing: string[] = [];
  let cur = p;
  for (;;) {
    try {
      return path.join(fsLayer.realpathSync(cur), ...missing.reverse());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
      // A dangling symlink is not "missing": writing through it would create its target elsewhere.
      try {
        if (fsLayer.lstatSync(cur).isSymbolicLink()) throw new WriteError(p, 'ESYMLINK', 'it is a dangling symbolic link');
      } catch (e) {
        if (e instanceof WriteError) throw e;
      }
      const parent = path.dirname(cur);
      if (parent === cur) return p;
      missing.push(path.basename(cur));
      cur = parent;
    }
  }
}

export interface SafeWriteOptions {
  /** The write is refused unless the file, symlinks resolved, lies inside this directory. */
  root?: string;
}

/**
 * Writes `data` to `file` atomically. With `root`, a file whose real path (symlinks resolved) is outside
 * root is refused. A symlink inside root is written through (its target is replaced), so the link stays.
 * Throws WriteError; on any failure the previous content of `file` is untouched.
 */
export function safeWriteFile(file: string, data: string | Uint8Array, options: SafeWriteOptions = {}): void {
  const abs = path.resolve(file);
  let target: string;
  try {
    target = realpathLoose(abs);
  } catch (err) {
    if (err instanceof WriteError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new WriteError(file, code, code);
  }
  if (options.root !== undefined) {
    let root: string;
    try {
      root = fsLayer.realpathSync(path.resolve(options.root));
    } catch {
      root = path.resolve(options.root);
    }
    if (!isInside(root, target)) {
      throw new WriteError(file, 'EOUTSIDE', `it resolves to ${target}, outside ${root}`);
    }
  }
  let mode: number | undefined;
  try {
    const st = fsLayer.statSync(target);
    if (!st.isFile()) throw new WriteError(file, 'ENOTFILE', 'it is not a regular file');
    mode = st.mode & 0o7777;
  } catch (err) {
    if (err instanceof WriteError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new WriteError(file, code ?? 'EIO', code ?? String(err));
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.port-lint-${process.pid}-${Date.now().toString(36)}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | undefined;
  try {
    fd = fsLayer.openSync(tmp, 'wx', mode ?? 0o666);
    for (let done = 0; done < bytes.length; ) {
      const n = fsLayer.writeSync(fd, bytes, done, bytes.length - done);
      if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      done += n;
    }
    fsLayer.fsyncSync(fd);
    fsLayer.closeSync(fd);
    fd = undefined;
    // openSync's mode is filtered by the umask; the original file's mode is restored exactly.
    if (mode !== undefined) fsLayer.chmodSync(tmp, mode);
    fsLayer.renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fsLayer.closeSync(fd);
      } catch {
        // already failing: the original error is the one to report
      }
    }
    try {
      fsLayer.rmSync(tmp, { force: true });
    } catch {
      // best effort: the temporary file is named so a user can tell what it is
    }
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new WriteError(file, code, code);
  }
}
