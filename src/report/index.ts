// The formatters by name: --format picks one. Each is a pure function of findings and context, written as
// a generator of pieces (WRITERS, which the CLI streams to its output) with a whole-string form (FORMATTERS).
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { whole, type Formatter, type ReportWriter } from './types.js';

export const WRITERS: Readonly<Record<string, ReportWriter>> = { stylish, json, sarif, github, markdown };

export const FORMATTERS: Readonly<Record<string, Formatter>> = Object.fromEntries(
  Object.entries(WRITERS).map(([name, writer]) => [name, whole(writer)]),
);

export type { Formatter, ReportContext, ReportWriter, RuleDescriptor } from './types.js';
