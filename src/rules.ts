// Every built-in rule, by id. A meta test checks this list against the files in rules/.
import type { Rule } from './rule.js';
import categoryRange from '../rules/category-range.js';
import defaultOutOfRange from '../rules/default-out-of-range.js';
import duplicatePort from '../rules/duplicate-port.js';
import envDefaultMismatch from '../rules/env-default-mismatch.js';
import envVarCollision from '../rules/env-var-collision.js';
import hardcodedPort from '../rules/hardcoded-port.js';
import immutablePort from '../rules/immutable-port.js';
import missingDefault from '../rules/missing-default.js';
import outOfRange from '../rules/out-of-range.js';
import publishConflict from '../rules/publish-conflict.js';
import reservedPort from '../rules/reserved-port.js';
import undocumentedPort from '../rules/undocumented-port.js';
import unknownPortVariable from '../rules/unknown-port-variable.js';
import unusedSuppression from '../rules/unused-suppression.js';

export const RULES: readonly Rule<string, any>[] = [
  categoryRange,
  defaultOutOfRange,
  duplicatePort,
  envDefaultMismatch,
  envVarCollision,
  hardcodedPort,
  immutablePort,
  missingDefault,
  outOfRange,
  publishConflict,
  reservedPort,
  undocumentedPort,
  unknownPortVariable,
  unusedSuppression,
].sort((a, b) => (a.id < b.id ? -1 : 1));

export const RULES_BY_ID: ReadonlyMap<string, Rule<string, any>> = new Map(RULES.map((r) => [r.id, r]));
