// Every built-in rule, by id. A meta test checks this list against the files in rules/.
import type { Rule } from './rule.js';
import categoryRange from '../rules/category-range.js';
import defaultOutOfRange from '../rules/default-out-of-range.js';
import duplicatePort from '../rules/duplicate-port.js';
import envVarCollision from '../rules/env-var-collision.js';
import reservedPort from '../rules/reserved-port.js';
import undocumentedPort from '../rules/undocumented-port.js';

export const RULES: readonly Rule<string, any>[] = [
  categoryRange,
  defaultOutOfRange,
  duplicatePort,
  envVarCollision,
  reservedPort,
  undocumentedPort,
].sort((a, b) => (a.id < b.id ? -1 : 1));

export const RULES_BY_ID: ReadonlyMap<string, Rule<string, any>> = new Map(RULES.map((r) => [r.id, r]));
