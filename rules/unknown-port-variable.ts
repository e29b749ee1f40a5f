// unknown-port-variable: a port variable named like the registry's own (CONTIMG_…_PORT) that it does not have.
import { isClientProtocolPort } from '../src/attribution.js';
import { isPortName } from '../src/extract/port-text.js';
import { envBinding } from '../src/occurrence-facts.js';
import { defineRule } from '../src/rule.js';
import { suggest } from '../src/util/suggest.js';

export default defineRule({
  id: 'unknown-port-variable',
  meta: {
    description: "A port variable shares the prefix of the registry's env vars (CONTIMG_…_PORT) but no service reads it",
    severity: 'warning',
    scope: 'code',
    tags: ['ports', 'configuration', 'drift'],
    precision: 'high',
    messages: {
      unknown: '{{variable}} looks like a registry variable ({{prefix}}*) but no service in ports.yaml reads it{{hint}}; register the service or use its variable',
    },
    defaultOptions: {},
  },
  create(ctx) {
    const registered = ctx.registry.services.map((s) => s.envVar).filter((v): v is string => !!v);
    const counts = new Map<string, number>();
    for (const v of registered) {
      const cut = v.indexOf('_');
      if (cut > 0) counts.set(v.slice(0, cut + 1), (counts.get(v.slice(0, cut + 1)) ?? 0) + 1);
    }
    // A prefix is the registry's own when at least two of its variables share it.
    const prefixes = [...counts].filter(([, n]) => n >= 2).map(([p]) => p);
    const known = new Set(registered);
    const reported = new Set<string>();
    return {
      occurrence(o) {
        if (o.comment) return;
        const variable = envBinding(o);
        if (!variable || known.has(variable)) return;
        const prefix = prefixes.find((p) => variable.startsWith(p));
        if (!prefix) return;
        // A port name (CONTIMG_HEALTH_PORT), or a near-miss of a registered one (CONTIMG_API_PRT).
        const hint = suggest(variable, registered);
        if (!isPortName(variable) && !hint) return;
        // PAPERLESS_EMAIL_PORT=25: the port of a mail or directory server the code is a client of, not a
        // service of the stack (attribution.ts, isClientProtocolPort), whatever its prefix.
        if (isClientProtocolPort(o) && !hint) return;
        const key = `${o.file}\u0000${o.range.start.line}\u0000${variable}`;
        if (reported.has(key)) return;
        reported.add(key);
        ctx.report({
          messageId: 'unknown',
          data: { variable, prefix, hint: hint ? ` —${hint.replace(/^ \(|\)$/g, ' ')}`.trimEnd() : '' },
          occurrence: o,
        });
      },
    };
  },
});
