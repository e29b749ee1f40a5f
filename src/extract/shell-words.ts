// Decoded text that remembers where each character sits in the file: shell words with their quotes and
// escapes removed, JSON strings, instruction text — so ports found in the decoded text land on the right
// file columns however deeply the text was embedded (a `sh -c "…"` inside a package.json script).
import type { Node } from 'web-tree-sitter';

/** Text plus, for each character, the file offsets [start, end) of the source it was decoded from. */
export class MappedText {
  private constructor(
    readonly text: string,
    /** Identity mapping from this base when the arrays are absent. */
    private readonly base: number,
    private readonly starts?: number[],
    private readonly ends?: number[],
  ) {}

  /** Text that is the file's own text at `base`. */
  static identity(text: string, base: number): MappedText {
    return new MappedText(text, base);
  }

  /** Text whose character i came from file offsets [starts[i], ends[i]). */
  static fromOffsets(text: string, starts: number[], ends: number[]): MappedText {
    return new MappedText(text, 0, starts, ends);
  }

  /** Text mapped by a function from its offsets to file offsets (an OffsetMap's `at`). */
  static fromFunction(text: string, at: (offset: number) => number): MappedText {
    const starts = new Array<number>(text.length);
    const ends = new Array<number>(text.length);
    for (let i = 0; i < text.length; i++) {
      starts[i] = at(i);
      ends[i] = starts[i]! + 1;
    }
    return new MappedText(text, 0, starts, ends);
  }

  get length(): number {
    return this.text.length;
  }

  /** File offset where character i starts (i may be the length: just past the last character). */
  start(i: number): number {
    if (!this.starts) return this.base + i;
    if (this.text.length === 0) return 0;
    if (i >= this.text.length) return this.ends![this.text.length - 1]!;
    return this.starts[Math.max(0, i)]!;
  }

  /** File offset just past character i. */
  end(i: number): number {
    if (!this.ends) return this.base + i + 1;
    if (this.text.length === 0) return 0;
    return this.ends[Math.max(0, Math.min(i, this.text.length - 1))]!;
  }

  /** File offsets of the decoded [s, e). */
  span(s: number, e: number): [number, number] {
    if (e <= s) return [this.start(s), this.start(s)];
    return [this.start(s), this.end(e - 1)];
  }

  slice(s: number, e: number = this.text.length): MappedText {
    if (!this.starts) return new MappedText(this.text.slice(s, e), this.base + s);
    return new MappedText(this.text.slice(s, e), 0, this.starts.slice(s, e), this.ends!.slice(s, e));
  }

  /** True when the text is one contiguous run of the file (no quotes or escapes dropped). */
  contiguous(): boolean {
    return this.text.length === 0 || this.end(this.text.length - 1) - this.start(0) === this.text.length;
  }

  /** Words joined by one space; the spaces map to the end of the word before them. */
  static join(words: readonly MappedText[]): MappedText {
    const starts: number[] = [];
    const ends: number[] = [];
    let text = '';
    words.forEach((w, k) => {
      if (k > 0) {
        text += ' ';
        const at = words[k - 1]!.length > 0 ? words[k - 1]!.end(words[k - 1]!.length - 1) : w.start(0);
        starts.push(at);
        ends.push(at);
      }
      text += w.text;
      for (let i = 0; i < w.length; i++) {
        starts.push(w.start(i));
        ends.push(w.end(i));
      }
    });
    return MappedText.fromOffsets(text, starts, ends);
  }
}

/** Builds a MappedText from source pieces: each `push` adds decoded characters with their source span. */
export class MappedTextBuilder {
  private text = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** `chars` decoded from the source text at [start, end) of the *source* (mapped through `source`). */
  push(chars: string, start: number, end: number): void {
    for (const c of chars) {
      // A surrogate pair is two UTF-16 units: keep one entry per unit.
      for (let u = 0; u < c.length; u++) {
        this.text += c[u];
        this.starts.push(start);
        this.ends.push(end);
      }
    }
  }

  build(): MappedText {
    return MappedText.fromOffsets(this.text, this.starts, this.ends);
  }
}

/**
 * The word a bash syntax node stands for, with quotes removed and backslash escapes decoded:
 * `"--port=8000"`, `'8000'`, `--port\ 8000`, `"${PORT:-8000}"`, `$'…'`, and concatenations of them.
 * Expansions and command substitutions keep their text (`${API_PORT:-8000}`), which is what port
 * expressions are read from. `code` maps the parsed text to the file.
 */
export function decodeNode(node: Node, code: MappedText): MappedText {
  const from = node.startIndex;
  const to = node.endIndex;
  // Most words have nothing to decode: a slice of the mapped code (no per-character arrays).
  const raw = code.text.slice(from, to);
  if (!raw.includes('\\')) {
    if (PLAIN.has(node.type)) return code.slice(from, to);
    if ((node.type === 'string' && raw.endsWith('"')) || (node.type === 'raw_string' && raw.endsWith("'"))) {
      if (to - from >= 2) return code.slice(from + 1, to - 1);
    }
  }
  const b = new MappedTextBuilder();
  appendNode(node, code, b);
  return b.build();
}

/** Node types whose word is their text as written. */
const PLAIN = new Set(['word', 'number', 'simple_expansion', 'expansion', 'command_substitution', 'arithmetic_expansion', 'comment', 'heredoc_body', 'command_name', 'variable_name']);

function appendNode(node: Node, code: MappedText, b: MappedTextBuilder): void {
  const from = node.startIndex;
  const to = node.endIndex;
  switch (node.type) {
    case 'string':
      appendEscaped(code, from + 1, node.text.endsWith('"') && to - from >= 2 ? to - 1 : to, b, DOUBLE_QUOTE_ESCAPES);
      return;
    case 'translated_string':
      appendEscaped(code, from + 2, node.text.endsWith('"') && to - from >= 3 ? to - 1 : to, b, DOUBLE_QUOTE_ESCAPES);
      return;
    case 'raw_string':
      appendRaw(code, from + 1, node.text.endsWith("'") && to - from >= 2 ? to - 1 : to, b);
      return;
    case 'ansi_c_string':
      appendRaw(code, from + 2, node.text.endsWith("'") && to - from >= 3 ? to - 1 : to, b);
      return;
    case 'word':
      appendEscaped(code, from, to, b, undefined);
      return;
    case 'concatenation': {
      let at = from;
      for (let i = 0; i < node.childCount; i++) {
        const child = node.child(i)!;
        if (child.startIndex > at) appendRaw(code, at, child.startIndex, b);
        appendNode(child, code, b);
        at = child.endIndex;
      }
      if (at < to) appendRaw(code, at, to, b);
      return;
    }
    default:
      appendRaw(code, from, to, b);
  }
}

/** Characters a backslash escapes inside double quotes; elsewhere (a bare word) it escapes any character. */
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\']);

function appendRaw(code: MappedText, from: number, to: number, b: MappedTextBuilder): void {
  for (let i = from; i < to; i++) b.push(code.text[i]!, code.start(i), code.end(i));
}

function appendEscaped(code: MappedText, from: number, to: number, b: MappedTextBuilder, only: Set<string> | undefined): void {
  const t = code.text;
  for (let i = from; i < to; i++) {
    const c = t[i]!;
    if (c === '\\' && i + 1 < to) {
      const next = t[i + 1]!;
      // A line continuation disappears.
      if (next === '\n') {
        i++;
        continue;
      }
      if (!only || only.has(next)) {
        b.push(next, code.start(i), code.end(i + 1));
        i++;
        continue;
      }
    }
    b.push(c, code.start(i), code.end(i));
  }
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A JSON string literal `raw` (with its quotes) at `code` offsets [from, to): its decoded value, each
 * character mapped to the escape it came from (`\"`, `\n`, `\u00e9`). Undefined when it is not a
 * well-formed JSON string.
 */
export function decodeJsonString(code: MappedText, from: number, to: number): MappedText | undefined {
  const t = code.text;
  if (t[from] !== '"' || t[to - 1] !== '"' || to - from < 2) return undefined;
  const b = new MappedTextBuilder();
  for (let i = from + 1; i < to - 1; i++) {
    const c = t[i]!;
    if (c !== '\\') {
      b.push(c, code.start(i), code.end(i));
      continue;
    }
    const next = t[i + 1];
    if (next === 'u') {
      const hex = t.slice(i + 2, i + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) return undefined;
      b.push(String.fromCharCode(parseInt(hex, 16)), code.start(i), code.end(i + 5));
      i += 5;
      continue;
    }
    const decoded = next === undefined ? undefined : JSON_ESCAPES[next];
    if (decoded === undefined) return undefined;
    b.push(decoded, code.start(i), code.end(i + 1));
    i++;
  }
  return b.build();
}

/**
 * The strings of a JSON array of strings (`["uvicorn", "app:app", "--port", "8000"]`, Dockerfile exec
 * form), each decoded and mapped; undefined when `code` is not exactly such an array.
 */
export function parseJsonStringArray(code: MappedText): MappedText[] | undefined {
  const t = code.text;
  let i = skipSpace(t, 0);
  if (t[i] !== '[') return undefined;
  i = skipSpace(t, i + 1);
  const out: MappedText[] = [];
  if (t[i] === ']') return skipSpace(t, i + 1) === t.length ? out : undefined;
  for (;;) {
    if (t[i] !== '"') return undefined;
    let j = i + 1;
    while (j < t.length && t[j] !== '"') j += t[j] === '\\' ? 2 : 1;
    if (j >= t.length) return undefined;
    const s = decodeJsonString(code, i, j + 1);
    if (!s) return undefined;
    out.push(s);
    i = skipSpace(t, j + 1);
    if (t[i] === ',') {
      i = skipSpace(t, i + 1);
      continue;
    }
    if (t[i] === ']') return skipSpace(t, i + 1) === t.length ? out : undefined;
    return undefined;
  }
}

function skipSpace(t: string, i: number): number {
  while (i < t.length && /\s/.test(t[i]!)) i++;
  return i;
}
