import type { FieldRule } from '../policy/types.js';
import type { LintField } from './types.js';

/** Last name tokens that mark an identifier (`distinct_id`, `installId`, `guild_hash`, `UserUUID`). */
const ID_TOKENS: ReadonlySet<string> = new Set(['id', 'uuid', 'guid', 'uid', 'hash', 'fingerprint']);

/** Tokens that mark an id of a thing, not of a person or device (`trace_id`, `error_hash`). */
const THING_TOKENS: ReadonlySet<string> = new Set([
  'event', 'trace', 'span', 'request', 'message', 'correlation', 'parent', 'batch', 'schema', 'build',
  'commit', 'version', 'release', 'feature', 'flag', 'experiment', 'process', 'thread', 'error', 'rule',
  'template', 'product', 'plan', 'page', 'screen', 'component', 'metric', 'query', 'job', 'run', 'step',
  'task', 'workflow', 'pipeline', 'content', 'file', 'payload', 'record', 'idempotency', 'dedup',
]);

/** Split a field name or phrase into lowercase words: `installId` → install, id; `guild_hash` → guild, hash. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/**
 * Whether a field carries an identifier of a person, account, install or device: a pseudonym,
 * a uuid-format or id-named field, or one marked `personal`. Ids of things (events, traces,
 * error categories) are not.
 */
export function isIdentifierField(field: LintField): boolean {
  const rule: FieldRule = field.rule;
  if (rule.personal === true) return true;
  const words = [...nameTokens(field.name), ...nameTokens(rule.pseudonym?.of ?? '')];
  if (words.some((w) => THING_TOKENS.has(w))) return false;
  if (rule.pseudonym) return true;
  if (rule.enum !== undefined || rule.const !== undefined) return false;
  if (rule.format === 'uuid') return true;
  const last = nameTokens(field.name).at(-1);
  return last !== undefined && ID_TOKENS.has(last) && !isOnly(rule, ['boolean', 'number', 'object', 'array', 'null']);
}

/** Whether a pseudonym rotates (daily ids, rotating salts): linkable within the window only. */
export function rotates(rule: FieldRule): boolean {
  const rotation = rule.pseudonym?.rotation;
  return rotation === 'hourly' || rotation === 'daily' || rotation === 'weekly' || rotation === 'monthly';
}

/** Human-readable list of some field paths: `"a", "b.c" and 2 more`. */
export function fieldList(fields: readonly LintField[], max = 2): string {
  const names = fields.slice(0, max).map((f) => `"${f.path.join('.')}"`);
  const more = fields.length - max;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(' and ');
}

function isOnly(rule: FieldRule, types: readonly string[]): boolean {
  const declared = rule.type === undefined ? [] : Array.isArray(rule.type) ? rule.type : [rule.type];
  return declared.length > 0 && declared.every((t) => types.includes(t));
}
