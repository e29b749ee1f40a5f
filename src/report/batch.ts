// Pieces of a streamed report gathered into writes of a useful size: one write per finding would be
// 200,000 system calls, one write of everything a 100 MB string.

/** About this many UTF-16 code units per write. */
export const WRITE_SIZE = 64 * 1024;

/** Joins consecutive `pieces` until they reach `size` code units, and yields each join; nothing for none. */
export function* batched(pieces: Iterable<string>, size: number = WRITE_SIZE): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  if (pending !== '') yield pending;
}
