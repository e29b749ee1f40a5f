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

/**
 * A write that could not be made; `code` is the errno code (ENOSPC, EACCES, …) or a port-lint reason, and
 * `detail` says why without the file, for callers that name the file their own way.
 */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    readonly detail: string,
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

/** The temporary file of a write of `base` by this process: hidden, and naming its writer's pid. */
function tempName(base: string): string {
  return `.${base}.port-lint-${process.pid}-${Date.now().toString(36)}.tmp`;
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, as another user's process.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that writes of `file` by processes no longer running left behind (a
 * port-lint killed with SIGKILL between creating its temporary file and renaming it). Temporary files of
 * running processes are theirs to finish. `legacy`: also the `<name>.<pid>.tmp` files of port-lint
 * versions that named them so. Best effort: returns the names removed.
 */
export function removeStaleTempFiles(file: string, options: { legacy?: boolean } = {}): string[] {
  const dir = path.dirname(path.resolve(file));
  const base = path.basename(file);
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const current = new RegExp(`^\\.${escaped}\\.port-lint-(\\d+)-[0-9a-z]+\\.tmp$`);
  const legacy = new RegExp(`^${escaped}\\.(\\d+)\\.tmp$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = realFs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = current.exec(name) ?? (options.legacy ? legacy.exec(name) : null);
    if (!m || processIsAlive(Number(m[1]))) continue;
    try {
      const p = path.join(dir, name);
      if (!realFs.lstatSync(p).isFile()) continue;
      fsLayer.rmSync(p, { force: true });
      removed.push(name);
    } catch {
      // another run removed it first, or it cannot be removed: it stays, harmless
    }
  }
  return removed.sort();
}

/**
 * The root a write to a path the user named (--baseline, --cache-location, -o) is held to: the repository
 * root when the path as written lies inside it; otherwise the directory it names. A path chosen outside
 * the repository is the user's choice, but a symlink there must not lead the write somewhere else.
 */
export function writeRootFor(file: string, root: string): string {
  const abs = path.resolve(file);
  return isInside(path.resolve(root), abs) ? path.resolve(root) : path.dirname(abs);
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
export function safeWriteFile(file: string, data: string | Uint8Array | Iterable<string | Uint8Array>, options: SafeWriteOptions = {}): void {
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
  const tmp = path.join(dir, tempName(path.basename(target)));
  // Chunks (a cache written entry by entry) are encoded one at a time: never one string of the whole file.
  const chunks: Iterable<string | Uint8Array> = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
  let fd: number | undefined;
  try {
    fd = fsLayer.openSync(tmp, 'wx', mode ?? 0o666);
    for (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let done = 0; done < bytes.length; ) {
        const n = fsLayer.writeSync(fd, bytes, done, bytes.length - done);
        if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
        done += n;
      }
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
