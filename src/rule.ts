// The rule API: a rule is one object (meta + create) that sees occurrences and the registry, never files or trees.
import type { Attributor, Evidence } from './attribution.js';
import type { Registry } from './registry/registry.js';
import type { Fix, PortOccurrence, Severity, SourceRange } from './types.js';

export type Precision = 'very-high' | 'high' | 'medium' | 'low';

export interface RuleMeta<MessageId extends string, Options> {
  /** One sentence: what the rule catches. */
  description: string;
  /** Severity when neither ports.yaml nor --rule says otherwise. */
  severity: Severity;
  /** Message templates with {{placeholders}}. */
  messages: Record<MessageId, string>;
  /** What the rule looks at: the registry alone, or the scanned code. */
  scope: 'registry' | 'code' | 'both';
  /** SARIF properties.tags. */
  tags: string[];
  /** SARIF properties.precision: how often a finding is right. */
  precision: Precision;
  /** JSON Schema of the options object, if the rule takes options. */
  optionsSchema?: Record<string, unknown>;
  defaultOptions: Options;
}

/** Where a finding points when it does not come from an occurrence (e.g. a key in ports.yaml). */
export interface Location {
  file: string;
  range: SourceRange;
  /** The trimmed text of the line, for the content fingerprint. */
  snippet: string;
}

export interface Report<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** The occurrence the finding is about; or `at` for a location elsewhere. */
  occurrence?: PortOccurrence;
  at?: Location;
  port?: number;
  service?: string;
  /** Overrides the configured severity downwards (never upwards), e.g. a conflict only across profiles. */
  severity?: Severity;
  fix?: Fix;
  /** Why the occurrence was taken for `service`'s port (src/attribution.ts); reported in JSON and SARIF. */
  evidence?: Evidence[];
}

export interface RuleContext<MessageId extends string, Options> {
  readonly registry: Registry;
  readonly options: Options;
  /** Severity this run gives the rule. */
  readonly severity: Severity;
  /** Whose port a literal is, and the evidence (one per run, over every occurrence). */
  readonly attribution: Attributor;
  report(report: Report<MessageId>): void;
  /** A location in ports.yaml, for findings about the registry itself. */
  registryLocation(range: SourceRange): Location;
}

export interface RuleVisitor {
  /** Called once, before any occurrence: registry-level checks. */
  registry?(): void;
  /** Called for every occurrence, in file/position order. */
  occurrence?(occurrence: PortOccurrence): void;
  /** Called once after every occurrence: cross-file checks. */
  end?(): void;
}

export interface Rule<MessageId extends string = string, Options = unknown> {
  /** kebab-case, equal to the file name under rules/. */
  id: string;
  meta: RuleMeta<MessageId, Options>;
  create(context: RuleContext<MessageId, Options>): RuleVisitor;
}

/** Types a rule: `messageId` is checked against `messages`, options against `defaultOptions`. */
export function defineRule<MessageId extends string, Options = Record<string, never>>(
  rule: Rule<MessageId, Options>,
): Rule<MessageId, Options> {
  return rule;
}

/** Fills `{{name}}` placeholders; an unknown placeholder is left as written so tests catch it. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}
