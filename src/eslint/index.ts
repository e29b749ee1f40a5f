// `port-lint/eslint`: port-lint's code rules as an ESLint (9, 10) flat-config plugin. The JS/TS grammars
// load here, at import, because ESLint rules are synchronous and web-tree-sitter's loading is not.
import type { ESLint, Linter, Rule } from 'eslint';
import { prepareLanguage } from '../extract/index.js';
import { VERSION } from '../paths.js';
import { ruleDocUrl } from '../rule-docs.js';
import { RULES_BY_ID } from '../rules.js';
import { CODE_LANGUAGES, PLUGIN_MESSAGES, problemsOf, type LintRequest } from './analysis.js';

// Once per process: flat config imports the plugin as an ES module, so the top-level await finishes
// before ESLint runs any rule.
for (const language of CODE_LANGUAGES) await prepareLanguage(language, true);

/** port-lint's rules that can fire on JS/TS code, in the order the docs list them. */
export const RULE_IDS = [
  'hardcoded-port',
  'undocumented-port',
  'out-of-range',
  'env-default-mismatch',
  'missing-default',
  'unknown-port-variable',
  'reserved-port',
  'immutable-port',
] as const;

export type PortLintRuleId = (typeof RULE_IDS)[number];

/** Rules whose port-lint findings carry a fix (`port-lint --fix` rewrites them). */
const FIXABLE = new Set<string>(['hardcoded-port', 'env-default-mismatch', 'missing-default']);
/** Rules that offer a suggestion where a person should choose. */
const SUGGESTING = new Set<string>(['hardcoded-port']);

interface PluginSettings {
  /** ports.yaml to use instead of the nearest one, relative to ESLint's working directory. */
  config?: string;
}

function settingsOf(context: Rule.RuleContext): PluginSettings {
  const s = (context.settings as Record<string, unknown> | undefined)?.['port-lint'];
  return s !== null && typeof s === 'object' ? (s as PluginSettings) : {};
}

function isTypeScriptParser(context: Rule.RuleContext): boolean {
  const parser = (context.languageOptions as { parser?: { meta?: { name?: string } } } | undefined)?.parser;
  return /typescript/i.test(parser?.meta?.name ?? '');
}

function createRule(id: PortLintRuleId): Rule.RuleModule {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`port-lint/eslint: no port-lint rule "${id}"`);
  const ruleOptionsSchema = (rule.meta.optionsSchema?.properties ?? {}) as Record<string, unknown>;
  return {
    meta: {
      type: 'problem',
      docs: { description: rule.meta.description, url: ruleDocUrl(id), recommended: true },
      messages: { ...rule.meta.messages, ...PLUGIN_MESSAGES },
      ...(FIXABLE.has(id) && { fixable: 'code' as const }),
      ...(SUGGESTING.has(id) && { hasSuggestions: true }),
      schema: [
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            config: { type: 'string', description: 'ports.yaml to use instead of the nearest one (relative to the working directory)' },
            ...ruleOptionsSchema,
          },
        },
      ],
    },
    create(context) {
      const { config: optionConfig, ...options } = (context.options[0] ?? {}) as { config?: string } & Record<string, unknown>;
      const config = optionConfig ?? settingsOf(context).config;
      const req: LintRequest = {
        sourceCode: context.sourceCode,
        filename: context.filename,
        cwd: context.cwd,
        typescriptParser: isTypeScriptParser(context),
        ...(config !== undefined && { config }),
      };
      return {
        Program() {
          for (const p of problemsOf(id, req, options)) {
            const fix = p.fix;
            const suggestion = p.suggestion;
            context.report({
              messageId: p.messageId,
              data: Object.fromEntries(Object.entries(p.data).map(([k, v]) => [k, String(v)])),
              loc: p.loc,
              ...(fix && { fix: (fixer: Rule.RuleFixer) => fixer.replaceTextRange(fix.range, fix.text) }),
              ...(suggestion && {
                suggest: [
                  {
                    messageId: suggestion.messageId,
                    data: Object.fromEntries(Object.entries(suggestion.data).map(([k, v]) => [k, String(v)])),
                    fix: (fixer: Rule.RuleFixer) => fixer.replaceTextRange(suggestion.edit.range, suggestion.edit.text),
                  },
                ],
              }),
            });
          }
        },
      };
    },
  };
}

const rules = Object.fromEntries(RULE_IDS.map((id) => [id, createRule(id)])) as Record<PortLintRuleId, Rule.RuleModule>;

/** Each rule at port-lint's own default severity. */
const recommendedRules: Linter.RulesRecord = Object.fromEntries(
  RULE_IDS.map((id) => [`port-lint/${id}`, RULES_BY_ID.get(id)!.meta.severity === 'error' ? 'error' : 'warn']),
);

const plugin = {
  meta: { name: 'port-lint', version: VERSION, namespace: 'port-lint' },
  rules,
  configs: {} as { recommended: Linter.Config },
} satisfies ESLint.Plugin;

plugin.configs.recommended = {
  name: 'port-lint/recommended',
  plugins: { 'port-lint': plugin as ESLint.Plugin },
  rules: recommendedRules,
};

export default plugin;
