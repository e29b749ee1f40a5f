// Failures the fuzz campaign finds that are known and owned by another change in flight: each is counted
// and printed, but fails CI only with FUZZ_STRICT=1. Delete an entry when its fix lands, so CI holds the line.
import type { KnownIssue } from './campaign.js';

export const KNOWN_REGISTRY: readonly KnownIssue[] = [
  {
    // Attack report, bad messages: "5000-deep nesting → … a 4 KB key path", "a 3 MB-scalar --config echoed
    // whole in one line". src/registry/load.ts (the config change).
    id: 'BM-long-message',
    matches: (f) => /message is N characters long|error line is N characters long/.test(f.signature),
  },
  {
    // Attack report, bad messages: "a newline in a service name splits the message over 3 lines"; the same
    // for other control characters echoed from ports.yaml. src/registry/load.ts (the config change).
    id: 'BM-newline',
    matches: (f) => /spans several lines|holds control characters/.test(f.signature),
  },
  {
    // Attack report, bad messages: "a complex key adds a Node warning to stderr". src/registry/load.ts (the
    // config change).
    id: 'BM-complex-key',
    matches: (f) => f.signature.startsWith('Node warning on stderr: Keys with collection values'),
  },
  {
    // Found by this campaign: `<<: 1` (a merge key whose value is not a map) makes yaml's toJS throw
    // "Merge sources must be maps or map aliases" → "internal error". src/registry/load.ts (the config change).
    id: 'R1-merge-key',
    matches: (f) => /^not a ConfigError: Error: Merge sources must be maps|^CLI internal error/.test(f.signature) && /Merge sources must be maps/.test(f.message),
  },
  {
    // Found by this campaign: `: *a` (an alias whose anchor is never set) makes yaml's toJS throw
    // "ReferenceError: Unresolved alias" → "internal error". src/registry/load.ts (the config change).
    id: 'R2-unresolved-alias',
    matches: (f) => /^not a ConfigError: ReferenceError: Unresolved alias|^CLI internal error/.test(f.signature) && /Unresolved alias/.test(f.message),
  },
];

export const KNOWN_FIX: readonly KnownIssue[] = [
  {
    // W1: `--fix` nests `${A:-${B:-8000}}` a layer per run on a foreign variable's default. src/fix.ts
    // (the writes change).
    id: 'W1',
    matches: (f) => f.signature.startsWith('not idempotent: a lookup nests in itself'),
  },
  {
    // W2: a Python fix writes `os.environ` where `os` is not bound by a top-level `import os`. src/fix.ts
    // (the writes change).
    id: 'W2',
    matches: (f) => f.signature.startsWith('python fix uses os without a top-level import os'),
  },
  {
    // Found by this campaign: missing-default reports `${VAR}` once per line and variable, with the fix of the
    // first only, so `"${API_PORT}:${API_PORT}"` needs two --fix runs. rules/missing-default.ts (left to its
    // owner: whether each reference gets its own warning is a product decision).
    id: 'F1-missing-default-once-per-line',
    matches: (f) => f.signature.startsWith('not idempotent: a second ${VAR} on the line gets its default'),
  },
];
