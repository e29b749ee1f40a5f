// category-range: a service's ports lie outside its category's block, or in no block at all.
import { defineRule } from '../src/rule.js';
import { formatRange, rangesOverlap } from '../src/registry/registry.js';

export default defineRule({
  id: 'category-range',
  meta: {
    description: "A service's range lies outside its category's block, or in no category block when categories are declared",
    severity: 'warning',
    scope: 'registry',
    tags: ['ports', 'registry', 'organization'],
    precision: 'very-high',
    messages: {
      outsideCategory:
        '{{service}} ({{range}}) lies outside its category {{category}} ({{block}}); move it into {{block}} or into the category its ports belong to',
      noCategory: '{{service}} ({{range}}) lies in no category block; add `category:` to it or declare a block that holds it',
      categoriesOverlap: 'Category {{category}} ({{block}}) overlaps category {{other}} ({{otherBlock}}); blocks must not share ports',
    },
    defaultOptions: {},
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      registry() {
        if (registry.categories.length === 0) return;
        registry.categories.forEach((c, i) => {
          for (const other of registry.categories.slice(0, i)) {
            if (!rangesOverlap(c.range, other.range)) continue;
            ctx.report({
              messageId: 'categoriesOverlap',
              data: { category: c.name, block: formatRange(c.range), other: other.name, otherBlock: formatRange(other.range) },
              at: ctx.registryLocation(c.loc.range),
            });
          }
        });
        for (const s of registry.services) {
          const at = ctx.registryLocation(s.loc.range ?? s.loc.default ?? s.loc.key);
          const base = { service: s.name, range: formatRange(s.range) };
          const category = s.category === undefined ? undefined : registry.category(s.category);
          if (!category) {
            ctx.report({ messageId: 'noCategory', data: base, at, port: s.default, service: s.name });
          } else if (s.range[0] < category.range[0] || s.range[1] > category.range[1]) {
            ctx.report({
              messageId: 'outsideCategory',
              data: { ...base, category: category.name, block: formatRange(category.range) },
              at,
              port: s.default,
              service: s.name,
            });
          }
        }
      },
    };
  },
});
