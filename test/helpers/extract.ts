// Runs one extractor on a snippet, for unit tests that pin exact kinds, names and ranges.
import { extractText, prepareExtractors } from '../../src/extract/index.js';
import type { LanguageId, PortOccurrence } from '../../src/types.js';

await prepareExtractors();

/** Occurrences of `code` read as `language`, as compact objects: only the fields a test names matter. */
export function occurrences(language: LanguageId, code: string, file = 'snippet'): PortOccurrence[] {
  return extractText(file, language, code);
}

/** `[port, kind, line:col-endLine:endCol, name/variable]` tuples: a readable, exact summary (`file` for name-dependent extraction). */
export function summary(language: LanguageId, code: string, file = 'snippet'): string[] {
  return occurrences(language, code, file).map((o) => {
    const r = o.range;
    const bound = [o.name && `name=${o.name}`, o.variable && `var=${o.variable}`, o.host !== undefined && `host=${o.host}`, o.service && `service=${o.service}`, o.comment && 'comment']
      .filter(Boolean)
      .join(' ');
    const ports = o.portEnd !== undefined ? `${o.port}-${o.portEnd}` : String(o.port);
    return `${ports} ${o.kind} ${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}${bound ? ` ${bound}` : ''}`;
  });
}
