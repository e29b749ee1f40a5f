// Echoes user values (names, env values, YAML scalars) into one-line messages: escaped, quoted and cut short.

/** How many characters of a value a message shows before cutting it with an ellipsis. */
export const ECHO_MAX = 80;

/**
 * Characters that would break a one-line message or hide in it: C0/C1 controls (a newline splits the
 * message), line and paragraph separators, zero-width characters, bidirectional overrides (they can
 * reorder what the terminal shows) and the BOM.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function escapeChar(c: string): string {
  switch (c) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
}

/** `text` cut to `max` characters (never between the halves of a surrogate pair), with `…` when cut. */
export function cut(text: string, max = ECHO_MAX): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** `text` with invisible and line-breaking characters written as escapes, cut to `max` characters. */
export function visible(text: string, max = ECHO_MAX): string {
  return cut(text, max).replace(INVISIBLE, escapeChar);
}

/**
 * A value in double quotes, as JSON would write it (quotes and backslashes escaped too), cut to `max`
 * characters with the full length said: `"xxxx…" (3000000 characters)`.
 */
export function quote(text: string, max = ECHO_MAX): string {
  const body = cut(text, max)
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(INVISIBLE, escapeChar);
  return text.length > max ? `"${body}" (${text.length} characters)` : `"${body}"`;
}

/**
 * An env value as `NAME=<value>` shows it: a number as it is (cut when it is long), anything else quoted.
 */
export function envValue(value: string, max = ECHO_MAX): string {
  if (!/^[0-9]+$/.test(value)) return quote(value, max);
  return value.length > max ? `${cut(value, max)} (${value.length} characters)` : value;
}

/** Names for a "declares: a, b, c" list: at most `max` of them, each made visible, then how many more. */
export function nameList(names: readonly string[], max = 20): string {
  const shown = names.slice(0, max).map((n) => visible(n, 40));
  return names.length > max ? `${shown.join(', ')}, … (${names.length - max} more)` : shown.join(', ');
}
