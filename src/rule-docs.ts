// Reads a rule's documentation page (rules/<id>.md) for SARIF help and `port-lint rules`.
import { readFileSync } from 'node:fs';
import { HOMEPAGE, packagePath } from './paths.js';

const cache = new Map<string, string>();

/** The markdown of rules/<id>.md, or '' when the page is missing (a meta test forbids that). */
export function ruleDocMarkdown(id: string): string {
  let text = cache.get(id);
  if (text === undefined) {
    try {
      text = readFileSync(packagePath('rules', `${id}.md`), 'utf8');
    } catch {
      text = '';
    }
    cache.set(id, text);
  }
  return text;
}

export function ruleDocUrl(id: string): string {
  return `${HOMEPAGE}/blob/main/rules/${id}.md`;
}

/** Markdown to readable plain text: drops heading marks, fences, emphasis and link targets. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```.*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
