export { lintPolicy } from './lint.js';
export { LINT_RULES } from './rules/index.js';
export { analyseRegex, MAX_PATTERN_LENGTH, type RedosRisk } from './redos/analyse.js';
export type { LintContext, LintField, LintHit, LintRule, PolicyText } from './types.js';
