// The fuzz campaign engine: runs a fast-check property as a short seeded campaign (CI) or a long timed one
// (`npm run fuzz`), keeps going after a failure, minimises each distinct failure and writes a reproducer.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

/** One fuzz input: the text (or bytes) of a file, the file name it is read as, and where it came from. */
export interface FuzzCase {
  /** What the per-target counts are grouped by: a language, or a generator for the registry target. */
  label: string;
  /** The file name the input is written or read as (it decides the language). */
  name: string;
  data: string | Uint8Array;
  /** How the input was made (seed file and mutations), for the report. */
  origin: string;
  /** What else the target needs (the fix target: the ports.yaml to fix against). */
  context?: string;
}

/** A property violation. `signature` groups failures with one cause (e.g. "throw: TypeError …@ python.ts"). */
export class Failure extends Error {
  constructor(
    readonly signature: string,
    message: string,
  ) {
    super(message);
    this.name = 'Failure';
  }
}

/** A failure that the attack report already names and another helper is fixing (e.g. W1, W2). */
export interface KnownIssue {
  id: string;
  /** Whether a failure is this issue. */
  matches(failure: Failure): boolean;
}

export interface Finding {
  signature: string;
  message: string;
  label: string;
  name: string;
  /** fast-check seed and path: `FUZZ_SEED=<seed> FUZZ_PATH=<path>` replays the (shrunk) counterexample. */
  seed: number;
  path: string | null;
  /** The minimised input, written under the output directory. */
  file: string;
  bytes: number;
  /** How many inputs failed with this signature. */
  count: number;
  /** Id of the known issue this is, if any: counted, printed, but not a CI failure unless FUZZ_STRICT=1. */
  known?: string;
}

export interface Report {
  target: string;
  mode: 'ci' | 'long';
  seed: number;
  inputs: number;
  /** Inputs per label (language or generator). */
  byLabel: Record<string, number>;
  /** Extra evaluations spent shrinking and minimising failures. */
  shrinkRuns: number;
  seconds: number;
  /** Target-specific counts (the fix target: files changed, fixes applied). */
  stats: Record<string, number>;
  /** The slowest input (the hang detector fails an input over the budget twice in a row). */
  slowest: { label: string; ms: number; origin: string; file?: string };
  findings: Finding[];
}

export interface Settings {
  long: boolean;
  seed: number;
  /** Inputs to run (CI: exactly this many; long: at least stop here when set). */
  runs: number | undefined;
  /** Long mode: seconds to spend on this target. */
  seconds: number;
  /** An input is a hang when it takes longer than this twice in a row. */
  budgetMs: number;
  out: string;
  strict: boolean;
  /** Replays one counterexample: fast-check path (with FUZZ_SEED). */
  replayPath: string | undefined;
}

function envNumber(name: string): number | undefined {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name}=${v} is not a number`);
  return n;
}

/** The campaign's settings from the environment (scripts/fuzz.mjs sets them from its flags). */
export function settings(ciRuns: number): Settings {
  const long = process.env.FUZZ_LONG === '1';
  return {
    long,
    seed: envNumber('FUZZ_SEED') ?? 20261207,
    runs: envNumber('FUZZ_RUNS') ?? (long ? undefined : ciRuns),
    seconds: envNumber('FUZZ_SECONDS') ?? 60,
    budgetMs: envNumber('FUZZ_BUDGET_MS') ?? 2000,
    out: process.env.FUZZ_OUT || '/tmp/port-lint-fuzz',
    strict: process.env.FUZZ_STRICT === '1',
    replayPath: process.env.FUZZ_PATH || undefined,
  };
}

/** vitest timeout for a campaign test: the whole budget plus room to minimise. */
export function testTimeout(s: Settings): number {
  return s.long ? (s.seconds + 600) * 1000 : 240_000;
}

export interface Target {
  name: string;
  arbitrary: fc.Arbitrary<FuzzCase>;
  /** Throws a Failure when a property does not hold for the input; `fresh` is false while shrinking. */
  check(input: FuzzCase, fresh: boolean): Promise<void> | void;
  known?: readonly KnownIssue[];
  /** File extension for a saved reproducer (default: from the case's name). */
  extension?(input: FuzzCase): string;
  /** Target-specific counts so far, for the report. */
  stats?(): Record<string, number>;
}

const asText = (d: string | Uint8Array): string => (typeof d === 'string' ? d : Buffer.from(d).toString('latin1'));
const size = (d: string | Uint8Array): number => (typeof d === 'string' ? Buffer.byteLength(d) : d.length);

function toFailure(err: unknown): Failure {
  if (err instanceof Failure) return err;
  const e = err instanceof Error ? err : new Error(String(err));
  const frame = (e.stack ?? '').split('\n').find((l) => /\/(?:src|rules)\//.test(l)) ?? '';
  const where = /\/((?:src|rules)\/[^:)]+)/.exec(frame)?.[1] ?? '?';
  return new Failure(`harness threw ${e.name} @ ${where}`, `${e.name}: ${e.message}\n${e.stack ?? ''}`);
}

/**
 * Delta debugging over lines, then characters: the smallest text (within a budget of evaluations) that
 * still fails with the same signature. fast-check has shrunk the mutation list already; this removes
 * what the seed file contributed.
 */
async function minimise(target: Target, input: FuzzCase, failure: Failure, budgetMs: number, count: () => void): Promise<{ input: FuzzCase; failure: Failure }> {
  let current = input;
  let last = failure;
  let evaluations = 0;
  const deadline = Date.now() + budgetMs;
  const fails = async (data: string | Uint8Array): Promise<boolean> => {
    evaluations++;
    count();
    try {
      await target.check({ ...input, data }, false);
      return false;
    } catch (err) {
      const f = toFailure(err);
      if (f.signature !== failure.signature) return false;
      last = f;
      return true;
    }
  };
  const join = (parts: string[], unit: 'line' | 'char'): string => parts.join(unit === 'line' ? '' : '');
  for (const unit of ['line', 'char'] as const) {
    if (typeof current.data !== 'string') break;
    let parts = unit === 'line' ? current.data.split(/(?<=\n)/) : [...current.data];
    let chunk = Math.max(1, parts.length >> 1);
    while (chunk >= 1 && evaluations < 2000 && Date.now() < deadline) {
      let removed = false;
      for (let i = 0; i < parts.length && Date.now() < deadline; ) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        if (candidate.length > 0 && (await fails(join(candidate, unit)))) {
          parts = candidate;
          removed = true;
        } else i += chunk;
      }
      if (!removed) chunk >>= 1;
    }
    current = { ...current, data: join(parts, unit) };
  }
  return { input: current, failure: last };
}

/** Runs one target's campaign and returns its report (also written to <out>/summary-<target>.json). */
export async function runCampaign(target: Target, s: Settings): Promise<Report> {
  mkdirSync(s.out, { recursive: true });
  const started = Date.now();
  const report: Report = {
    target: target.name,
    mode: s.long ? 'long' : 'ci',
    seed: s.seed,
    inputs: 0,
    byLabel: {},
    shrinkRuns: 0,
    seconds: 0,
    stats: {},
    slowest: { label: '', ms: 0, origin: '' },
    findings: [],
  };
  const summaryFile = path.join(s.out, `summary-${target.name}.json`);
  const heartbeat = path.join(s.out, `${target.name}.current`);
  let lastFlush = 0;
  const flush = (): void => {
    if (target.stats) report.stats = target.stats();
    report.seconds = Math.round((Date.now() - started) / 100) / 10;
    writeFileSync(summaryFile, `${JSON.stringify(report, null, 2)}\n`);
    lastFlush = Date.now();
  };
  // Set once a batch has failed: fast-check then only shrinks, and those evaluations are not new inputs.
  let shrinking = false;
  /** The signature the batch's shrinking keeps to: a candidate that fails otherwise counts as passing. */
  let batchSignature: string | undefined;
  let batchSeed = s.seed;
  /** Known issues met in this batch, minimised after it (long mode) and saved. */
  const pendingKnown: { input: FuzzCase; failure: Failure; known: string; finding: Finding }[] = [];

  const save = (input: FuzzCase, signature: string, tag: string): string => {
    const ext = target.extension?.(input) ?? (path.extname(input.name) || `.${input.name.replace(/^\./, '')}`);
    const hash = createHash('sha1').update(signature).digest('hex').slice(0, 8);
    const file = path.join(s.out, `${target.name}-${tag}-${hash}${ext}`);
    writeFileSync(file, input.data);
    writeFileSync(`${file}.json`, `${JSON.stringify({ target: target.name, label: input.label, name: input.name, origin: input.origin, context: input.context, signature }, null, 2)}\n`);
    return file;
  };
  const findingOf = (input: FuzzCase, failure: Failure, file: string, seed: number, fcPath: string | null, known?: string): Finding => ({
    signature: failure.signature,
    message: failure.message.split('\n').slice(0, 12).join('\n'),
    label: input.label,
    name: input.name,
    seed,
    path: fcPath,
    file,
    bytes: size(input.data),
    count: 1,
    ...(known ? { known } : {}),
  });

  const property = fc.asyncProperty(target.arbitrary, async (input) => {
    if (!shrinking) {
      report.inputs++;
      report.byLabel[input.label] = (report.byLabel[input.label] ?? 0) + 1;
      if (s.long) writeFileSync(heartbeat, `${JSON.stringify({ label: input.label, name: input.name, origin: input.origin, context: input.context })}\n${asText(input.data)}`);
      if (Date.now() - lastFlush > 5000) flush();
    } else report.shrinkRuns++;
    const t0 = performance.now();
    try {
      await target.check(input, !shrinking);
    } catch (err) {
      const failure = toFailure(err);
      if (shrinking) {
        if (failure.signature === batchSignature) throw failure;
        return; // another bug: not the one being shrunk
      }
      // A failure seen before is counted, not shrunk again; a known issue is saved as it is.
      const prior = report.findings.find((f) => f.signature === failure.signature);
      if (prior) {
        prior.count++;
        return;
      }
      const known = s.strict ? undefined : target.known?.find((k) => k.matches(failure))?.id;
      if (known) {
        const finding = findingOf(input, failure, save(input, failure.signature, known), batchSeed, null, known);
        report.findings.push(finding);
        pendingKnown.push({ input, failure, known, finding });
        return;
      }
      shrinking = true;
      batchSignature = failure.signature;
      throw failure;
    }
    const ms = performance.now() - t0;
    if (!shrinking && ms > report.slowest.ms) {
      report.slowest = { label: input.label, ms: Math.round(ms), origin: input.origin.slice(0, 300) };
      if (ms > 200) report.slowest.file = save(input, 'slowest', 'slowest');
    }
    if (!shrinking && ms > s.budgetMs) {
      // Measured again before it counts: a pause of the machine is not a hang. Slow inputs are not shrunk
      // (each evaluation would cost the budget again); the input is saved as it is.
      const t1 = performance.now();
      await target.check(input, false);
      const again = performance.now() - t1;
      if (again > s.budgetMs) {
        const failure = new Failure(`slow: over ${s.budgetMs} ms (${input.label})`, `${Math.round(ms)} ms, then ${Math.round(again)} ms on a ${size(input.data)}-byte input (${input.origin})`);
        const prior = report.findings.find((f) => f.signature === failure.signature);
        if (prior) prior.count++;
        else report.findings.push(findingOf(input, failure, save(input, failure.signature, 'slow'), batchSeed, null));
      }
    }
  });

  const record = async (details: fc.RunDetails<[FuzzCase]>, seed: number): Promise<void> => {
    if (s.long) {
      for (const p of pendingKnown) {
        const { input: small, failure: last } = await minimise(target, p.input, p.failure, 20_000, () => void report.shrinkRuns++);
        Object.assign(p.finding, { file: save(small, p.failure.signature, p.known), bytes: size(small.data), message: last.message.split('\n').slice(0, 12).join('\n') });
      }
    }
    pendingKnown.length = 0;
    if (!details.failed || details.counterexample === null) return;
    const failure = toFailure(details.errorInstance);
    const { input: small, failure: last } = await minimise(target, details.counterexample[0], failure, s.long ? 20_000 : 5_000, () => void report.shrinkRuns++);
    report.findings.push({ ...findingOf(small, last, save(small, failure.signature, 'crash'), seed, details.counterexamplePath) });
    flush();
  };
  const batch = (seed: number): void => {
    shrinking = false;
    batchSignature = undefined;
    batchSeed = seed;
  };

  if (s.replayPath) {
    batch(s.seed);
    const details = await fc.check(property, { seed: s.seed, path: s.replayPath, numRuns: 1, endOnFailure: true });
    await record(details, s.seed);
  } else if (!s.long) {
    // CI: exactly `runs` inputs from one seed; fast-check stops at a failure and shrinks it, and the
    // campaign goes on with the next seed until the count is reached so one failure does not hide others.
    let k = 0;
    while (report.inputs < s.runs! && k < 50) {
      batch(s.seed + k);
      const details = await fc.check(property, { seed: s.seed + k, numRuns: s.runs! - report.inputs });
      await record(details, s.seed + k);
      k++;
    }
  } else {
    const deadline = started + s.seconds * 1000;
    for (let k = 0; Date.now() < deadline && (s.runs === undefined || report.inputs < s.runs); k++) {
      const left = deadline - Date.now();
      batch(s.seed + k);
      const details = await fc.check(property, {
        seed: s.seed + k,
        numRuns: Math.min(500, s.runs === undefined ? 500 : s.runs - report.inputs),
        interruptAfterTimeLimit: left,
        markInterruptAsFailure: false,
      });
      await record(details, s.seed + k);
    }
  }
  flush();
  return report;
}

/** The findings a CI run fails on: all but known issues (those too with FUZZ_STRICT=1), one line each. */
export function openFindings(report: Report, s: Settings): string[] {
  return report.findings
    .filter((f) => s.strict || !f.known)
    .map((f) => `${f.signature}\n  ${f.message.split('\n')[0]}\n  input: ${f.file} (${f.label}, ${f.bytes} bytes); replay: FUZZ_SEED=${f.seed} FUZZ_PATH=${f.path ?? '-'}`);
}

/** A short stable digest of a text, for file names. */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}
