// JSON text with one big array written element by element: the same bytes as JSON.stringify(doc, null, 2),
// without the whole document ever being one string.

/**
 * Yields `JSON.stringify(doc, null, 2)` with `items` as the array at `key`, whose place in `doc` holds an
 * empty array, `indent` spaces deep (the key's own indentation). One piece per item: an item is
 * stringified on its own and its lines indented to where the array puts them — a JSON string never holds
 * a raw newline, so every newline of an item's text is one of its line breaks.
 */
export function* streamArray(doc: unknown, key: string, indent: number, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(doc, null, 2);
  const marker = `\n${' '.repeat(indent)}${JSON.stringify(key)}: []`;
  // The last one: the key's indentation and a raw newline place it in the structure, not inside a string.
  const at = text.lastIndexOf(marker);
  if (at < 0) throw new Error(`streamArray: no empty array at "${key}" (${indent} spaces deep)`);
  const open = at + marker.length - 2; // the "["
  const pad = `\n${' '.repeat(indent + 2)}`;
  let first = true;
  for (const item of items) {
    const body = JSON.stringify(item, null, 2).replace(/\n/g, pad);
    yield first ? `${text.slice(0, open)}[${pad}${body}` : `,${pad}${body}`;
    first = false;
  }
  yield first ? text : `\n${' '.repeat(indent)}${text.slice(open + 1)}`;
}
