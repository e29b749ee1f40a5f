// unused-suppression: a port-lint-disable comment that suppresses nothing, or names an unknown rule.
// The suppression stage (src/suppress.ts) reports it; this object gives it an id, docs and a severity.
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'unused-suppression',
  meta: {
    description: 'A port-lint-disable comment suppresses nothing, or names a rule that does not exist',
    severity: 'warning',
    scope: 'code',
    tags: ['maintainability', 'suppressions'],
    precision: 'very-high',
    messages: {
      unused: 'Unused port-lint-disable comment',
    },
    defaultOptions: {},
  },
  create: () => ({}),
});
