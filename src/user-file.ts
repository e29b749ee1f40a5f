// Reads a file the user named (--config, --baseline, --cache-location, a ports.yaml found by search) without
// blocking on a FIFO or device and without reading an endless or huge file whole.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a named file cannot be read as a regular text file; `code` is an errno code or NOTFILE / TOOBIG. */
export class UserFileError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'UserFileError';
  }
}

/** A short human reason for an errno code met while opening or reading a named file. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a component of the path is not a directory';
    default:
      return code ?? String(err);
  }
}

/**
 * The bytes of a regular file of at most `maxBytes`. A FIFO, socket, device or directory is refused
 * without blocking (opened O_NONBLOCK, checked with fstat before any read).
 */
export function readUserFile(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new UserFileError(file, (err as NodeJS.ErrnoException).code ?? 'EIO', describeFsError(err));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UserFileError(file, 'EISDIR', 'is a directory');
    if (!st.isFile()) throw new UserFileError(file, 'NOTFILE', 'not a regular file (a FIFO, socket or device)');
    if (st.size > maxBytes) throw new UserFileError(file, 'TOOBIG', `${st.size} bytes is over the ${maxBytes}-byte limit`);
    const buf = Buffer.alloc(st.size);
    let done = 0;
    while (done < buf.length) {
      const n = readSync(fd, buf, done, buf.length - done, done);
      if (n === 0) break;
      done += n;
    }
    return buf.subarray(0, done);
  } catch (err) {
    if (err instanceof UserFileError) throw err;
    throw new UserFileError(file, (err as NodeJS.ErrnoException).code ?? 'EIO', describeFsError(err));
  } finally {
    closeSync(fd);
  }
}
