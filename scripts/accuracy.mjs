// Measures port-lint's extraction accuracy on the annotated corpus in fixtures/corpus/: precision and recall
// of undocumented-port findings (the complete port inventory under `ports: {}`) against the human labels.
//
//   npm run accuracy            # table per language + every false positive and false negative
//   npm run accuracy -- --json  # the same numbers, machine-readable
//   npm run accuracy -- --corpus <dir>  # another corpus laid out the same way (e.g. a held-out set)
//
// It is a report, not a gate: it always exits 0. `todoruleid` / `todook` marks (known gaps the test suite
// tolerates) count here like `ruleid` / `ok`, so the numbers never hide a known error.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RULE = 'undocumented-port';
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.join(REPO, 'fixtures', 'corpus');

// Same grammar as test/helpers/annotations.ts (test/corpus.test.ts checks that both read the corpus alike).
const ANNOTATION =
  /^\s*(?:#|\/\/|;|--|<!--|\{?\/\*|\*)\s*(todoruleid|todook|ruleid|ok):\s*(.+?)\s*(?:-->|\*\/\}?)?\s*$/;
const EXPECT_LINE = /^\s*(\d+)\s*:\s*(todoruleid|todook|ruleid|ok):\s*(.+)$/;

function parseItems(file, line, mark, body) {
  return body.split(',').map((item) => {
    const [rule, ...rest] = item.trim().split(/\s+/);
    const ports = rest.map((p) => {
      if (!/^\d+$/.test(p)) throw new Error(`${file}:${line}: bad port "${p}" in annotation "${body}"`);
      return Number(p);
    });
    return { file, line, mark, rule, ports };
  });
}

/** Expectations of one file: comment lines above their target line, or `<file>.expect` for JSON. */
export function parseAnnotations(file, text, expectFile) {
  const out = [];
  const pending = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = ANNOTATION.exec(raw);
    if (m) {
      pending.push({ mark: m[1], body: m[2], at: i + 1 });
      return;
    }
    for (const p of pending.splice(0)) out.push(...parseItems(file, i + 1, p.mark, p.body));
  });
  if (pending.length > 0) throw new Error(`${file}:${pending[0].at}: annotation with no line after it`);
  if (expectFile && existsSync(expectFile)) {
    readFileSync(expectFile, 'utf8')
      .split(/\r?\n/)
      .forEach((raw, i) => {
        if (!raw.trim() || raw.trim().startsWith('#')) return;
        const m = EXPECT_LINE.exec(raw);
        if (!m) throw new Error(`${expectFile}:${i + 1}: expected "<line>: ruleid: <rule> [ports]"`);
        out.push(...parseItems(file, Number(m[1]), m[2], m[3]));
      });
  }
  return out;
}

/** Every file under dir, root-relative with POSIX separators, sorted. */
export function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full).map((f) => `${name}/${f}`));
    else out.push(name);
  }
  return out;
}

/** The annotations of one corpus repository. */
export function repoExpectations(dir) {
  const out = [];
  for (const rel of listFiles(dir)) {
    if (rel.endsWith('.expect')) continue;
    const full = path.join(dir, rel);
    out.push(...parseAnnotations(rel, readFileSync(full, 'utf8'), `${full}.expect`));
  }
  return out;
}

/** Corpus repositories: the directories of fixtures/corpus holding a ports.yaml. */
export function corpusRepos(corpus = CORPUS) {
  return readdirSync(corpus)
    .filter((name) => existsSync(path.join(corpus, name, 'ports.yaml')))
    .sort();
}

const ratio = (num, den) => (den === 0 ? null : num / den);

/**
 * Scores findings against expectations, per (file, line): expected ports are those of `ruleid` and
 * `todoruleid` marks; a found port not expected is a false positive (also on `ok`/`todook` lines).
 * `findings`: { file, line, port, message }[]; `languageOf(file)` groups the counts; `files` are counted
 * per language even when they hold no label.
 */
export function score(expectations, findings, languageOf, sourceLine = () => '', files = []) {
  const key = (file, line) => `${file}\u0000${line}`;
  const expected = new Map();
  for (const e of expectations) {
    if (e.rule !== RULE || (e.mark !== 'ruleid' && e.mark !== 'todoruleid')) continue;
    if (e.ports.length === 0) throw new Error(`${e.file}:${e.line}: a corpus label must list its ports`);
    const k = key(e.file, e.line);
    const entry = expected.get(k) ?? { file: e.file, line: e.line, ports: new Set(), todo: false };
    for (const p of e.ports) entry.ports.add(p);
    entry.todo ||= e.mark === 'todoruleid';
    expected.set(k, entry);
  }
  const found = new Map();
  for (const f of findings) {
    const k = key(f.file, f.line);
    const entry = found.get(k) ?? { file: f.file, line: f.line, ports: new Map() };
    if (!entry.ports.has(f.port)) entry.ports.set(f.port, f.message);
    found.set(k, entry);
  }
  const byLanguage = new Map();
  const bucket = (file) => {
    const lang = languageOf(file) ?? 'unclassified';
    if (!byLanguage.has(lang)) byLanguage.set(lang, { files: new Set(), expected: 0, found: 0, tp: 0, fp: 0, fn: 0 });
    return byLanguage.get(lang);
  };
  const falsePositives = [];
  const falseNegatives = [];
  for (const [k, e] of expected) {
    const b = bucket(e.file);
    const got = found.get(k)?.ports ?? new Map();
    for (const p of e.ports) {
      b.expected++;
      if (got.has(p)) b.tp++;
      else {
        b.fn++;
        falseNegatives.push({ file: e.file, line: e.line, port: p, message: `${e.todo ? 'todoruleid' : 'missed'}: ${sourceLine(e.file, e.line)}` });
      }
    }
  }
  for (const [k, f] of found) {
    const b = bucket(f.file);
    const want = expected.get(k)?.ports ?? new Set();
    for (const [p, message] of f.ports) {
      b.found++;
      if (!want.has(p)) {
        b.fp++;
        falsePositives.push({ file: f.file, line: f.line, port: p, message });
      }
    }
  }
  for (const file of files) bucket(file).files.add(file);
  for (const e of expectations) bucket(e.file).files.add(e.file);
  for (const f of findings) bucket(f.file).files.add(f.file);
  const byPosition = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.port - b.port);
  return { byLanguage, falsePositives: falsePositives.sort(byPosition), falseNegatives: falseNegatives.sort(byPosition) };
}

function summarise(counts) {
  return {
    files: counts.files instanceof Set ? counts.files.size : counts.files,
    expected: counts.expected,
    found: counts.found,
    truePositives: counts.tp,
    falsePositives: counts.fp,
    falseNegatives: counts.fn,
    precision: ratio(counts.tp, counts.tp + counts.fp),
    recall: ratio(counts.tp, counts.tp + counts.fn),
  };
}

/** Runs the built pipeline (dist/) on every corpus repository and scores it. */
export async function measure(corpus = CORPUS) {
  const { scan } = await import(pathToFileURL(path.join(REPO, 'dist/src/engine.js')).href);
  const { configureRules } = await import(pathToFileURL(path.join(REPO, 'dist/src/lint.js')).href);
  const { loadRegistry } = await import(pathToFileURL(path.join(REPO, 'dist/src/registry/load.js')).href);
  const { RULES } = await import(pathToFileURL(path.join(REPO, 'dist/src/rules.js')).href);
  const languages = await import(pathToFileURL(path.join(REPO, 'dist/src/languages.js')).href);

  const expectations = [];
  const findings = [];
  const notices = [];
  const texts = new Map();
  const repos = corpusRepos(corpus);
  let files = 0;
  for (const repo of repos) {
    const root = path.join(corpus, repo);
    for (const rel of listFiles(root)) {
      if (rel.endsWith('.expect') || rel === 'ports.yaml') continue;
      files++;
      texts.set(`${repo}/${rel}`, readFileSync(path.join(root, rel), 'utf8'));
    }
    for (const e of repoExpectations(root)) expectations.push({ ...e, file: `${repo}/${e.file}` });
    const registry = loadRegistry(path.join(root, 'ports.yaml'), { root });
    const off = Object.fromEntries(RULES.filter((r) => r.id !== RULE).map((r) => [r.id, { severity: 'off' }]));
    const rules = configureRules(RULES, registry, off);
    const result = await scan({ cwd: root, root, registry, paths: [], rules });
    for (const n of result.notices) notices.push({ ...n, file: n.file ? `${repo}/${n.file}` : repo });
    for (const f of result.findings) {
      if (f.ruleId !== RULE || f.port === undefined) continue;
      findings.push({ file: `${repo}/${f.file}`, line: f.range.start.line, port: f.port, message: f.message });
    }
  }

  const languageOf = (file) => {
    const byName = languages.languageByName(file);
    if (byName) return byName;
    const text = texts.get(file);
    if (text !== undefined && languages.mayHaveShebang(file)) return languages.languageByShebang(text.split('\n', 1)[0]);
    return undefined;
  };
  const sourceLine = (file, line) => (texts.get(file)?.split(/\r?\n/)[line - 1] ?? '').trim();
  const { byLanguage, falsePositives, falseNegatives } = score(expectations, findings, languageOf, sourceLine, [...texts.keys()]);

  const total = { files: 0, expected: 0, found: 0, tp: 0, fp: 0, fn: 0 };
  const perLanguage = {};
  for (const lang of [...byLanguage.keys()].sort()) {
    const c = byLanguage.get(lang);
    perLanguage[lang] = summarise(c);
    total.files += c.files.size;
    for (const k of ['expected', 'found', 'tp', 'fp', 'fn']) total[k] += c[k];
  }
  const marks = { ruleid: 0, ok: 0, todoruleid: 0, todook: 0 };
  for (const e of expectations) if (e.rule === RULE) marks[e.mark]++;
  return {
    corpus: path.relative(REPO, corpus).split(path.sep).join('/'),
    repositories: repos.length,
    files,
    marks,
    total: summarise(total),
    languages: perLanguage,
    falsePositives,
    falseNegatives,
    notices: notices.filter((n) => n.level !== 'note'),
  };
}

const pct = (x) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatReport(r) {
  const lines = [];
  lines.push(`port-lint accuracy on ${r.corpus}: ${r.repositories} repositories, ${r.files} files`);
  lines.push(
    `labels: ${r.marks.ruleid} ruleid, ${r.marks.todoruleid} todoruleid, ${r.marks.ok} ok, ${r.marks.todook} todook (todo marks count as errors here)`,
  );
  lines.push('');
  const head = ['language', 'files', 'ports', 'found', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const rows = Object.entries(r.languages).map(([lang, s]) => [lang, s]);
  rows.push(['total', r.total]);
  const table = [head, ...rows.map(([lang, s]) => [lang, s.files, s.expected, s.found, s.truePositives, s.falsePositives, s.falseNegatives, pct(s.precision), pct(s.recall)].map(String))];
  const widths = head.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  table.forEach((row, i) => {
    if (i === table.length - 1) lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
    lines.push(row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  '));
  });
  lines.push('');
  lines.push(`precision ${pct(r.total.precision).trim()} (target 99%)   recall ${pct(r.total.recall).trim()} (target 97%)`);
  if (r.notices.length > 0) {
    lines.push('', `notices (${r.notices.length}):`);
    for (const n of r.notices) lines.push(`  ${n.file}: ${n.level}: ${n.message}`);
  }
  lines.push('', `false positives (${r.falsePositives.length}):`);
  for (const f of r.falsePositives) lines.push(`  ${f.file}:${f.line} ${f.port} (${f.message})`);
  lines.push('', `false negatives (${r.falseNegatives.length}):`);
  for (const f of r.falseNegatives) lines.push(`  ${f.file}:${f.line} ${f.port} (${f.message})`);
  return `${lines.join('\n')}\n`;
}

async function main(argv) {
  const at = argv.indexOf('--corpus');
  const report = await measure(at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : CORPUS);
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
