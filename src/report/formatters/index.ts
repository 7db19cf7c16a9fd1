import type { Formatter } from '../report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** The `--format` values. */
export type FormatName = 'text' | 'json' | 'sarif' | 'junit' | 'markdown' | 'github';

/** The only registry of formatters; its keys are the `--format` values (`text` is the default). */
export const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
  github: formatGithub,
};

/** All format names, in registry order. */
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

/** True when `name` is a `--format` value. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
