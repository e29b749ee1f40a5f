// The formatters by name: --format picks one. Each is a pure function of findings and context.
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, markdown };

export type { Formatter, ReportContext, RuleDescriptor } from './types.js';
