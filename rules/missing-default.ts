// missing-default: a port given only through a variable with no default works only where it is set.
import { isPortName } from '../src/extract/port-text.js';
import { defineRule } from '../src/rule.js';

/** Languages whose `${VAR}` takes a `:-default`. */
// Not env files: systemd's EnvironmentFile does not expand `${…}`.
const INTERPOLATING = new Set(['compose', 'shell', 'dockerfile']);

export default defineRule({
  id: 'missing-default',
  meta: {
    description: 'A port is given only through a variable with no default, so it works only where that variable is set',
    severity: 'warning',
    scope: 'code',
    tags: ['ports', 'configuration', 'portability'],
    precision: 'high',
    messages: {
      missing: 'The port comes only from {{variable}}, with no default: it works only where {{variable}} is set; write {{example}}',
    },
    defaultOptions: {},
  },
  create(ctx) {
    const reported = new Set<string>();
    return {
      occurrence(o) {
        if (o.comment || o.port !== null || !o.variable) return;
        const service = ctx.registry.serviceForEnvVar(o.variable);
        // Environment variables are upper case by convention; `$port` is a script's own local.
        if (!service && !(isPortName(o.variable) && /^[A-Z][A-Z0-9_]*$/.test(o.variable))) return;
        // `${API_PORT:?set API_PORT}` has no default on purpose: it stops with that message instead.
        if (/^\$\{[A-Za-z_]\w*:?\?/.test(o.text)) return;
        const key = `${o.file}\u0000${o.range.start.line}\u0000${o.variable}`;
        if (reported.has(key)) return;
        reported.add(key);
        const example = service ? `\${${o.variable}:-${service.default}}` : `\${${o.variable}:-<port>}`;
        // `${VAR}` or `$VAR` as written, where `${VAR:-N}` means the same thing: give it the default.
        const fixable = service !== undefined && INTERPOLATING.has(o.language) && (o.text === `\${${o.variable}}` || o.text === `$${o.variable}`);
        ctx.report({
          messageId: 'missing',
          data: { variable: o.variable, example },
          occurrence: o,
          ...(service && { service: service.name, port: service.default }),
          ...(fixable && { fix: { range: o.range, text: example } }),
        });
      },
    };
  },
});
