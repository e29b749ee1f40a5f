// A file's text with offset → line/column conversion, and the builder every extractor uses for occurrences.
import type { LanguageId, OccurrenceKind, PortOccurrence, Position, SourceRange } from '../types.js';

/** Fields an extractor supplies; file, language, range, snippet and comment are filled in here. */
export interface OccurrenceInit {
  kind: OccurrenceKind;
  port: number | null;
  portEnd?: number;
  name?: string;
  variable?: string;
  host?: string;
  hostIp?: string;
  protocol?: string;
  scheme?: string;
  service?: string;
  profiles?: string[];
  target?: number;
  comment?: boolean;
}

/** Lines up to this long are an occurrence's snippet whole; see SourceText.snippet. */
const MAX_SNIPPET = 500;
const SNIPPET_WINDOW = 160;

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export class SourceText {
  private readonly lineStarts: number[] = [0];
  private lastSnippetLine = 0;
  private lastSnippet = '';

  constructor(
    readonly file: string,
    readonly language: LanguageId,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column (UTF-16 code units) of a 0-based offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** 0-based offset of a 1-based position (the inverse of `position`). */
  offset(pos: Position): number {
    return (this.lineStarts[pos.line - 1] ?? this.text.length) + pos.column - 1;
  }

  /** 0-based offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  range(start: number, end: number): SourceRange {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  /**
   * The trimmed text of a line, for an occurrence's snippet (fingerprints, SARIF context). A line longer
   * than MAX_SNIPPET characters — minified code, one-line JSON — gives a window of SNIPPET_WINDOW
   * characters around the occurrence instead: a copy of a whole 1 MB line per occurrence is what made
   * 24,000 occurrences of one file take gigabytes.
   */
  private snippet(line: number, offset: number): string {
    const start = this.lineStart(line);
    const end = this.lineStarts[line] ?? this.text.length;
    if (end - start <= MAX_SNIPPET) {
      // One string for every occurrence of a line (a compose mapping "8080:80" has two), not one each.
      if (line !== this.lastSnippetLine) {
        this.lastSnippetLine = line;
        this.lastSnippet = this.lineText(line).trim();
      }
      return this.lastSnippet;
    }
    let from = Math.max(start, offset - SNIPPET_WINDOW / 2);
    let to = Math.min(end, from + SNIPPET_WINDOW);
    // Never half a surrogate pair at either end.
    if (from > start && isLowSurrogate(this.text.charCodeAt(from))) from++;
    if (to < end && isLowSurrogate(this.text.charCodeAt(to))) to--;
    // (' ' + s).slice(1) copies: a plain slice would keep the whole file's text alive as long as the occurrence.
    return (' ' + this.text.slice(from, to).replace(/\r?\n$|\r$/, '').trim()).slice(1);
  }

  /** An occurrence spanning [start, end) of this file. */
  occurrence(start: number, end: number, init: OccurrenceInit): PortOccurrence {
    const range = this.range(start, end);
    const o: PortOccurrence = {
      file: this.file,
      language: this.language,
      range,
      port: init.port,
      text: this.text.slice(start, end),
      kind: init.kind,
      comment: init.comment ?? false,
      snippet: this.snippet(range.start.line, start),
    };
    for (const key of ['portEnd', 'name', 'variable', 'host', 'hostIp', 'protocol', 'scheme', 'service', 'profiles', 'target'] as const) {
      if (init[key] !== undefined) (o as unknown as Record<string, unknown>)[key] = init[key];
    }
    return o;
  }
}

/**
 * Maps offsets in a decoded string (a YAML scalar, a JSON or Python string after unescaping) back to
 * offsets in the file, by matching the decoded characters in order against the source slice.
 * Indentation, quotes, escapes and folded line breaks in the source are skipped over.
 */
export class OffsetMap {
  /** Decoded offset → file offset; undefined for an identity map (offset + base). */
  private readonly map: number[] | undefined;
  private readonly base: number;
  private length: number;

  constructor(decoded: string, source: string, base: number) {
    this.base = base;
    this.length = decoded.length;
    if (decoded === source) {
      this.map = undefined;
      return;
    }
    const map = new Array<number>(decoded.length + 1);
    let j = 0;
    for (let i = 0; i < decoded.length; i++) {
      const c = decoded[i]!;
      // A line break folded into a space (YAML plain and quoted scalars) is the break and the indentation
      // after it, not a later space: searching ahead for one would pull every offset after it off.
      if (c === ' ' && (source[j] === '\n' || source[j] === '\r')) {
        map[i] = base + j;
        j += source[j] === '\r' && source[j + 1] === '\n' ? 2 : 1;
        while (source[j] === ' ' || source[j] === '\t') j++;
        continue;
      }
      let k = j;
      // Look a little ahead for the character; give up (keep alignment) if it is not near.
      const limit = Math.min(source.length, j + 64);
      while (k < limit && source[k] !== c) k++;
      if (k < limit) {
        map[i] = base + k;
        j = k + 1;
      } else {
        map[i] = base + Math.min(j, source.length);
      }
    }
    map[decoded.length] = decoded.length === 0 ? base : map[decoded.length - 1]! + 1;
    this.map = map;
  }

  /** Identity map: the decoded text is the source slice at `base`. O(1), no table. */
  static identity(length: number, base: number): OffsetMap {
    const m = new OffsetMap('', '', base);
    m.length = length;
    return m;
  }

  /** File offset of a decoded offset. */
  at(offset: number): number {
    const i = Math.max(0, Math.min(offset, this.length));
    return this.map === undefined ? this.base + i : this.map[i]!;
  }

  /** File offsets of a decoded [start, end). */
  span(start: number, end: number): [number, number] {
    if (end <= start) return [this.at(start), this.at(start)];
    return [this.at(start), this.at(end - 1) + 1];
  }
}
