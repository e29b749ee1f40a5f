// Template actions that give a templated value a literal port as its default: Helm's
// `port: {{ .Values.metricsPort | default 9464 }}` and `{{ default 8080 .Values.port }}`, Jinja's (Ansible)
// `"{{ app_port | default(8080) }}"`. The rendered value is that port unless the chart or play sets it.
import { kindForName } from './compose-values.js';
import type { OccurrenceSet } from './generic.js';
import { isPortName, parsePortNumber } from './port-text.js';
import { namesPortQuantity } from './port-values.js';

/** One `{{ … }}` action (`{{-` and `-}}` trim whitespace around it). */
const ACTION = /\{\{-?([\s\S]*?)-?\}\}/dg;

/** A pipeline stage: the text between `|`s. */
const STAGE = /[^|]+/dg;

/** `default 8080 .Values.port` (Go template function form, first stage): the literal, then the value it defaults. */
const DEFAULT_CALL = /^\s*default\s+(["']?)(\d{1,5})\1\s+(\S[\s\S]*?)\s*$/d;

/** `env_var('DB_PORT', '5432')` (dbt), `env('DB_PORT', 5432)`: an environment variable read with a literal default. */
const ENV_VAR_CALL = /^\s*(?:env_var|env)\s*\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*(["']?)(\d{1,5})\3\s*\)\s*$/d;

/** `| default 8080` (Go template / Sprig), `| default(8080)`, `| d("8080", true)` (Jinja). */
const DEFAULT_FILTER = /^\s*(?:default\s+(["']?)(\d{1,5})\1|(?:default|d)\s*\(\s*(["']?)(\d{1,5})\3\s*(?:,\s*\w+\s*)?\))\s*$/d;

/** The YAML key a line starts with (`  - containerPort: `, `"port": `). */
const LINE_KEY = /^\s*(?:-\s+)?(["']?)([A-Za-z_][\w.-]*)\1\s*:/;

/** The last name of a templated value: `.Values.service.metricsPort` → metricsPort, `index .Values "port"` → port. */
const LAST_NAME = /([A-Za-z_][A-Za-z0-9_]*)[\s"'\])]*$/;

/**
 * Literal defaults of template actions, where the value names a port: the key the action is the value
 * of (`port: {{ … | default 9464 }}`), else the templated value's last name (`{{ .Values.metricsPort |
 * default 9464 }}` under any key). `replicas: {{ .Values.replicas | default 3 }}` is not a port.
 */
export function addTemplateDefaults(out: OccurrenceSet, text: string): void {
  if (!text.includes('{{')) return;
  ACTION.lastIndex = 0;
  for (let m = ACTION.exec(text); m; m = ACTION.exec(text)) {
    const body = m[1]!;
    const bodyStart = m.indices![1]![0];
    // {{/* a template comment */}}
    if (body.trimStart().startsWith('/*')) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(lineStart, m.index);
    // A YAML comment line: the action renders into a comment.
    if (before.trimStart().startsWith('#')) continue;
    const found = templateDefault(body);
    if (!found) continue;
    const key = LINE_KEY.exec(before)?.[2];
    if (found.variable !== undefined) {
      // dbt's `port: "{{ env_var('DBT_PG_PORT', '5433') | as_number }}"`: the variable's default.
      if (!isPortName(found.variable) && !(key !== undefined && isPortName(key))) continue;
      if (namesPortQuantity(found.variable)) continue;
      const port = parsePortNumber(body.slice(found.start, found.end));
      if (port === undefined) continue;
      out.add(bodyStart + found.start, bodyStart + found.end, { kind: 'env-default', port, variable: found.variable, ...(key !== undefined && isPortName(key) ? { name: key } : {}) });
      continue;
    }
    const subject = LAST_NAME.exec(found.subject)?.[1];
    const name = key !== undefined && isPortName(key) ? key : subject !== undefined && isPortName(subject) ? subject : undefined;
    if (name === undefined || namesPortQuantity(name)) continue;
    const port = parsePortNumber(body.slice(found.start, found.end));
    if (port === undefined) continue;
    out.add(bodyStart + found.start, bodyStart + found.end, { kind: kindForName(name), port, name });
  }
}

/**
 * The literal default of an action's pipeline ([start, end) in the action's text) and the value it defaults;
 * `variable` when that value is an environment variable read by `env_var(…)`.
 */
function templateDefault(body: string): { start: number; end: number; subject: string; variable?: string } | undefined {
  let subject: string | undefined;
  let found: { start: number; end: number } | undefined;
  STAGE.lastIndex = 0;
  for (let s = STAGE.exec(body); s; s = STAGE.exec(body)) {
    const at = s.index;
    if (subject === undefined) {
      const env = ENV_VAR_CALL.exec(s[0]);
      if (env) {
        const [start, end] = env.indices![4]!;
        return { start: at + start, end: at + end, subject: env[2]!, variable: env[2]! };
      }
      const call = DEFAULT_CALL.exec(s[0]);
      if (call) {
        const [start, end] = call.indices![2]!;
        return { start: at + start, end: at + end, subject: call[3]! };
      }
      subject = s[0];
      continue;
    }
    const filter = DEFAULT_FILTER.exec(s[0]);
    if (!filter) continue;
    // The last default wins: `.Values.port | default .Values.global.port | default 8080`.
    const [start, end] = filter.indices![filter[2] !== undefined ? 2 : 4]!;
    found = { start: at + start, end: at + end };
  }
  return found && subject !== undefined ? { ...found, subject } : undefined;
}
