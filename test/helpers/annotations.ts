// Reads semgrep-style expectations from fixture files: `# ruleid: <rule> [ports…]` above the line it marks.
import { existsSync, readFileSync } from 'node:fs';

export type Mark = 'ruleid' | 'ok' | 'todoruleid' | 'todook';

export interface Expectation {
  file: string;
  /** 1-based line the annotation applies to. */
  line: number;
  mark: Mark;
  rule: string;
  /** Ports expected on that line (ruleid) — when given, the set must match exactly. */
  ports: number[];
}

// `{/* ruleid: … */}` is the comment form JSX children allow.
const ANNOTATION =
  /^\s*(?:#|\/\/|;|--|<!--|\{?\/\*|\*)\s*(todoruleid|todook|ruleid|ok):\s*(.+?)\s*(?:-->|\*\/\}?)?\s*$/;

function parseItems(file: string, line: number, mark: Mark, body: string): Expectation[] {
  return body.split(',').map((item) => {
    const [rule, ...rest] = item.trim().split(/\s+/);
    const ports = rest.map((p) => {
      if (!/^\d+$/.test(p)) throw new Error(`${file}:${line}: bad port "${p}" in annotation "${body}"`);
      return Number(p);
    });
    return { file, line, mark, rule: rule!, ports };
  });
}

/** Expectations of one file: inline comments, or for JSON an adjacent `<file>.expect` (`<line>: ruleid: …`). */
export function parseAnnotations(file: string, text: string, expectFile?: string): Expectation[] {
  const out: Expectation[] = [];
  const lines = text.split(/\r?\n/);
  const pending: { mark: Mark; body: string; at: number }[] = [];
  lines.forEach((raw, i) => {
    const m = ANNOTATION.exec(raw);
    if (m) {
      pending.push({ mark: m[1] as Mark, body: m[2]!, at: i + 1 });
      return;
    }
    for (const p of pending.splice(0)) out.push(...parseItems(file, i + 1, p.mark, p.body));
  });
  if (pending.length > 0) throw new Error(`${file}:${pending[0]!.at}: annotation with no line after it`);
  if (expectFile && existsSync(expectFile)) {
    readFileSync(expectFile, 'utf8')
      .split(/\r?\n/)
      .forEach((raw, i) => {
        if (!raw.trim() || raw.trim().startsWith('#')) return;
        const m = /^\s*(\d+)\s*:\s*(todoruleid|todook|ruleid|ok):\s*(.+)$/.exec(raw);
        if (!m) throw new Error(`${expectFile}:${i + 1}: expected "<line>: ruleid: <rule> [ports]"`);
        out.push(...parseItems(file, Number(m[1]), m[2] as Mark, m[3]!));
      });
  }
  return out;
}
