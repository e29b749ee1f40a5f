// extract: one file's text → its port occurrences. Registry-independent, so results can be cached.
import type { LanguageId, PortOccurrence } from '../types.js';
import { extractCompose } from './compose.js';
import { extractDockerfile } from './dockerfile.js';
import { extractEnv } from './env.js';
import { extractJavaScript } from './javascript.js';
import { extractJson } from './json.js';
import { extractPackageJson } from './package-json.js';
import { extractPython } from './python.js';
import { extractShell } from './shell.js';
import { SourceText } from './source.js';
import { loadGrammar, prepareGrammars, type GrammarId } from './tree-sitter.js';
import { extractYaml } from './yaml.js';

type Extractor = (src: SourceText) => PortOccurrence[];

const EXTRACTORS: Record<LanguageId, Extractor> = {
  typescript: (s) => extractJavaScript(s, 'typescript'),
  tsx: (s) => extractJavaScript(s, 'tsx'),
  javascript: (s) => extractJavaScript(s, 'javascript'),
  python: extractPython,
  shell: extractShell,
  dockerfile: extractDockerfile,
  compose: extractCompose,
  yaml: extractYaml,
  json: extractJson,
  env: extractEnv,
  'package-json': extractPackageJson,
  'ports-yaml': () => [],
};

/** Loads every grammar and compiles every query; extractText is then ready for any language. */
export async function prepareExtractors(): Promise<void> {
  await prepareGrammars();
}

/**
 * The grammar each language's extractor always uses. Shell embedded in any of them (RUN lines, compose
 * commands, subprocess calls, package.json scripts) needs bash too, loaded when a file first has some
 * (scan-file's scanLoaded).
 */
const GRAMMARS: Record<LanguageId, GrammarId[]> = {
  typescript: ['typescript'],
  tsx: ['tsx'],
  javascript: ['javascript'],
  python: ['python'],
  shell: ['bash'],
  dockerfile: [],
  compose: [],
  yaml: [],
  json: ['json'],
  env: [],
  'package-json': ['json'],
  'ports-yaml': [],
};

/** Languages whose files never hold shell: the bash query never runs over their text. */
const NO_SHELL = new Set<LanguageId>(['env', 'ports-yaml']);

/**
 * The grammars whose queries run over a file of `language` (tree-sitter.ts planQueries): the one that
 * parses the whole text, and bash for shell embedded in it. A shell script is parsed whole by bash; the
 * code it runs again (`bash -c '…'`, a heredoc fed to a shell, START_CMD="…") is parsed again, and only
 * its literals are in the file's text, so a script that may hold such code is planned by its literals too.
 */
export function queryGrammars(language: LanguageId, text = ''): { parsedBy?: GrammarId; embedded: GrammarId[] } {
  const [own] = GRAMMARS[language];
  const embedded: GrammarId[] = NO_SHELL.has(language) ? [] : ['bash'];
  if (language === 'shell') return mayRunNestedShell(text) ? { parsedBy: 'bash', embedded } : { parsedBy: 'bash', embedded: [] };
  return own === undefined || own === 'bash' ? { embedded } : { parsedBy: own, embedded };
}

/**
 * Whether a script may hold code it runs again, which the shell extractor parses on its own: `-c` strings,
 * heredocs, eval, ssh, a command or options held in a variable (`START_CMD="…"`, `JAVA_OPTS="…"`,
 * `NODE_OPTIONS='…'`), a quoted command word with spaces (`"$wrapper" "uvicorn app --port 8000"`).
 * A wrong "no" costs the whole query for that file, never a result (tree-sitter.ts select).
 */
function mayRunNestedShell(text: string): boolean {
  return /\s-\w*c\b|<<|\beval\b|\bssh\b|(?:OPTS|OPTIONS|ARGS|FLAGS|CMD|COMMAND|opts|options|args|flags|cmd|command)=|["'][^"'\n]*\s--?\w/.test(text);
}

/**
 * Loads the grammars `language` always needs (each once per process), and with `embedded` the bash grammar
 * for the shell it may embed, so that extractText never has to stop for one (the ESLint rules are
 * synchronous). A repository without TypeScript never compiles its queries.
 */
export async function prepareLanguage(language: LanguageId, embedded = false): Promise<void> {
  const ids = embedded && !GRAMMARS[language].includes('bash') ? [...GRAMMARS[language], 'bash' as const] : GRAMMARS[language];
  await Promise.all(ids.map((id) => loadGrammar(id)));
}

/**
 * Occurrences of one file, sorted by position. `file` is the root-relative path the occurrences carry.
 * Throws only on a bug; callers turn that into a notice for the file.
 */
export function extractText(file: string, language: LanguageId, text: string): PortOccurrence[] {
  const src = new SourceText(file, language, text);
  const list = EXTRACTORS[language](src);
  return list.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.range.end.column - b.range.end.column,
  );
}
