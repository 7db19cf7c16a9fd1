import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { joinPointer } from '../_pointer.js';
import type { Policy } from './types.js';
import { policyRegexProblems } from './regexes.js';

const require = createRequire(import.meta.url);
/** The policy meta-schema (schemas/policy.schema.json). */
export const POLICY_SCHEMA = require('../../schemas/policy.schema.json') as Record<string, unknown>;

/** One problem in a policy document, at an RFC 6901 pointer. */
export interface PolicyProblem {
  readonly pointer: string;
  readonly message: string;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
const validateSchema = ajv.compile(POLICY_SCHEMA);

/** Every problem of a candidate policy: schema violations, then patterns that do not compile. */
export function policyProblems(value: unknown): PolicyProblem[] {
  const schemaProblems = validateSchema(value) ? [] : fromAjv(validateSchema.errors ?? []);
  return [...schemaProblems, ...policyRegexProblems(value as Policy)];
}

/** Check a candidate policy; returns the problems (empty when `value` is a valid Policy). */
export function assertValidPolicy(value: unknown): PolicyProblem[] {
  return policyProblems(value);
}

/** True when `value` is a valid policy. */
export function isPolicy(value: unknown): value is Policy {
  return policyProblems(value).length === 0;
}

function fromAjv(errors: readonly ErrorObject[]): PolicyProblem[] {
  // A failed oneOf reports each branch too; keep the oneOf summary and drop its branches.
  const oneOfAt = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const kept = errors.filter(
    (e) => e.keyword === 'oneOf' || !oneOfAt.some((at) => e.instancePath === at || e.instancePath.startsWith(`${at}/`)),
  );
  const seen = new Set<string>();
  const problems: PolicyProblem[] = [];
  for (const error of kept) {
    const problem = problemOf(error);
    const key = `${problem.pointer} ${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function problemOf(error: ErrorObject): PolicyProblem {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const known = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {});
      const hint = closest(key, known);
      return {
        pointer: joinPointer(error.instancePath, key),
        message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : known.length > 0 ? ` (expected one of: ${known.join(', ')})` : ''}`,
      };
    }
    case 'required':
      return { pointer: error.instancePath, message: `missing required key "${String(params['missingProperty'])}"` };
    case 'enum':
      return { pointer: error.instancePath, message: `must be one of: ${(params['allowedValues'] as unknown[]).map(String).join(', ')}` };
    case 'type':
      return { pointer: error.instancePath, message: `must be ${String(params['type']).replace(',', ' or ')}` };
    case 'oneOf':
      return { pointer: error.instancePath, message: `must be ${describeOneOf(error.schema)}` };
    case 'propertyNames':
      return { pointer: error.instancePath, message: `has a key that is not allowed (${String(params['propertyName'])})` };
    default:
      return { pointer: error.instancePath, message: error.message ?? error.keyword };
  }
}

function describeOneOf(schema: unknown): string {
  if (!Array.isArray(schema)) return 'one of the allowed forms';
  return schema
    .map((branch: Record<string, unknown>) => {
      if (Array.isArray(branch['enum'])) return (branch['enum'] as unknown[]).map((v) => `"${String(v)}"`).join(' | ');
      if (branch['$ref']) return describeOneOf([resolveRef(String(branch['$ref']))]);
      return String(branch['type'] ?? 'a value') + (branch['type'] === 'array' ? ' (a list)' : '');
    })
    .join(', or ');
}

function resolveRef(ref: string): Record<string, unknown> {
  const defs = POLICY_SCHEMA['$defs'] as Record<string, Record<string, unknown>>;
  return defs[ref.replace('#/$defs/', '')] ?? {};
}

/** The known key nearest to `key` by edit distance, when close enough to be a typo. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Number.POSITIVE_INFINITY;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
