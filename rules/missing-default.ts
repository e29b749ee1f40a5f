// missing-default: a port given only through a variable with no default works only where it is set.
import { isPortName } from '../src/extract/port-text.js';
import { defineRule, type Report } from '../src/rule.js';

/** Languages whose `${VAR}` takes a `:-default`. */
// Not env files: systemd's EnvironmentFile does not expand `${…}`.
const INTERPOLATING = new Set(['compose', 'shell', 'dockerfile']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Variables of the servers of protocols an application is a client of: mail, directory, syslog, metrics sinks. */
const CLIENT_PROTOCOL_VARIABLE = /(?:^|_)(?:SMTP|IMAP|POP3?|MAIL|EMAIL|LDAP|SYSLOG|STATSD|GRAPHITE)(?:_|$)/;

/** Languages whose env reads may go through a validated schema object. */
const SCRIPT = new Set(['javascript', 'typescript', 'tsx']);

/** Languages where a lookup can carry a default at all (compose's .env interpolates like compose). */
const DEFAULTS_POSSIBLE = new Set(['compose', 'shell', 'dockerfile', 'env', 'python', 'javascript', 'typescript', 'tsx']);

/** The lookup with a default, as the file's language writes it. */
function withDefault(language: string, variable: string, port: string): string {
  if (language === 'python') return `os.environ.get("${variable}", "${port}")`;
  if (language === 'javascript' || language === 'typescript' || language === 'tsx') return `process.env.${variable} ?? ${port}`;
  return `\${${variable}:-${port}}`;
}

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
    /** Variables a compose project's `.env` (or the template copied to it) sets, by directory: compose reads `.env` before interpolating. */
    const projectEnv = new Map<string, Set<string>>();
    const composeMisses: Report<'missing'>[] = [];
    /** Reads through a validated env object (`env.PORT`, not `process.env.PORT`), and the variables schemas give a default. */
    const schemaReads: Report<'missing'>[] = [];
    const schemaDefaults = new Set<string>();
    const dirOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
    return {
      end() {
        // `app.listen(env.PORT)` where the env schema says `PORT: z.coerce.number().default(3030)`: the parsed
        // object always holds a value.
        for (const r of schemaReads) if (!schemaDefaults.has(r.occurrence!.variable!)) ctx.report(r);
        for (const r of composeMisses) {
          const o = r.occurrence!;
          if (!projectEnv.get(dirOf(o.file))?.has(o.variable!)) ctx.report(r);
        }
      },
      occurrence(o) {
        // The project's `.env`, or the template its README says to copy to `.env` (`env.example`, `.env.sample`).
        if (o.kind === 'env-assign' && o.name !== undefined && !o.comment && o.language === 'env' && /(?:^|\/)\.?env(?:\.(?:example|sample|template|dist|defaults?))?$/i.test(o.file)) {
          const vars = projectEnv.get(dirOf(o.file)) ?? new Set<string>();
          vars.add(o.name);
          projectEnv.set(dirOf(o.file), vars);
        }
        // A schema's field (`PORT: z.coerce.number().default(3030)`) or an env class's (`public PORT =
        // toOptionalNumber(environment.PORT) ?? 3000`): the default of the validated object's PORT.
        if (!o.comment && o.port !== null && SCRIPT.has(o.language) && (o.kind === 'property' || o.kind === 'env-default')) {
          const field = o.variable ?? o.name;
          if (field !== undefined && /^[A-Z][A-Z0-9_]*$/.test(field)) schemaDefaults.add(field);
        }
        if (o.comment || o.port !== null || !o.variable) return;
        // YAML, JSON and templates have no syntax for a default (envsubst leaves `${X:-8080}` as it is):
        // only where the language can give one is its absence a finding.
        if (!DEFAULTS_POSSIBLE.has(o.language)) return;
        const service = ctx.registry.serviceForEnvVar(o.variable);
        // Environment variables are upper case by convention; `$port` is a script's own local.
        if (!service && !(isPortName(o.variable) && /^[A-Z][A-Z0-9_]*$/.test(o.variable))) return;
        // `port: env.SMTP_PORT` for a mail, directory or metrics server the code is a client of: its library
        // picks the protocol's port (587 or 465 by `secure`) when none is given.
        if (!service && CLIENT_PROTOCOL_VARIABLE.test(o.variable)) return;
        // `${API_PORT:?set API_PORT}` has no default on purpose: it stops with that message instead.
        if (/^\$\{[A-Za-z_]\w*:?\?/.test(o.text)) return;
        const key = `${o.file}\u0000${o.range.start.line}\u0000${o.variable}`;
        if (reported.has(key)) return;
        reported.add(key);
        const example = withDefault(o.language, o.variable, service ? String(service.default) : '<port>');
        // `${VAR}` or `$VAR` as written, where `${VAR:-N}` means the same thing: give it the default.
        const fixable = service !== undefined && INTERPOLATING.has(o.language) && (o.text === `\${${o.variable}}` || o.text === `$${o.variable}`);
        // In a Dockerfile only an ARG or ENV above the line (or --build-arg) sets a variable at build time.
        const data = o.language === 'dockerfile' ? { variable: o.variable, example: `ARG ${o.variable}=${service?.default ?? '<port>'} above it, or ${example}` } : { variable: o.variable, example };
        const report: Report<'missing'> = {
          messageId: 'missing',
          data,
          occurrence: o,
          ...(service && { service: service.name, port: service.default }),
          ...(fixable && { fix: { range: o.range, text: example } }),
        };
        // `"${AGENT_PORT}"` in compose.yaml next to a `.env` that sets AGENT_PORT has its default there.
        if (o.language === 'compose') composeMisses.push(report);
        else if (SCRIPT.has(o.language) && new RegExp(`(?<![\\w.$])env\\.${escapeRegExp(o.variable)}\\b`).test(o.snippet)) schemaReads.push(report);
        else ctx.report(report);
      },
    };
  },
});
