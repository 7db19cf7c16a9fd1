/** Policy diff: what a change to a policy adds to collection, for pull-request review. */
export { diffPolicies } from './diff-policies.js';
export { diffFindings, needsDpiaReview, expandsCollection } from './diff-findings.js';
export { renderDiffMarkdown, MAX_DIFF_ROWS, type DiffMarkdownOptions } from './render-diff-markdown.js';
export { parseDays } from './days.js';
export { assertGitRef, gitShow, gitPolicyFiles } from './git-base.js';
export { loadGitPair, loadSide, type PolicyPair } from './load-pair.js';
export type { PolicyChange, ChangeDirection, ChangeTopic, DiffCode } from './types.js';
