import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { joinPointer } from '../_pointer.js';

const require = createRequire(import.meta.url);
/** The run config schema (schemas/config.schema.json). */
export const CONFIG_SCHEMA = require('../../schemas/config.schema.json') as Record<string, unknown>;

/** One problem in a config document, at an RFC 6901 pointer. */
export interface ConfigProblem {
  readonly pointer: string;
  readonly message: string;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
const validateConfig = ajv.compile(CONFIG_SCHEMA);

/** Every schema problem of a candidate config (empty when it is valid), one per place and message. */
export function configSchemaProblems(value: unknown): ConfigProblem[] {
  if (validateConfig(value)) return [];
  const errors = validateConfig.errors ?? [];
  // A failed oneOf/anyOf also reports each branch. When a branch failed deeper down (a map of settings with one bad
  // value), that deeper problem is the useful one; otherwise keep the union's summary and drop its branches.
  const unions = [...new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath))];
  const deeper = new Set(unions.filter((at) => errors.some((e) => e.instancePath.startsWith(`${at}/`))));
  const kept = errors.filter((e) => {
    if (e.keyword === 'not' && e.schemaPath.includes('propertyNames')) return false;
    if (deeper.has(e.instancePath)) return false;
    return e.keyword === 'oneOf' || e.keyword === 'anyOf' || !unions.includes(e.instancePath);
  });
  const seen = new Set<string>();
  const out: ConfigProblem[] = [];
  for (const error of kept) {
    const problem = problemOf(error);
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}

function problemOf(error: ErrorObject): ConfigProblem {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']).slice(0, 60);
      const known = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {});
      return { pointer: joinPointer(at, key), message: `unknown key "${key}" (expected one of: ${known.join(', ')})` };
    }
    case 'required':
      return { pointer: at, message: `missing required key "${String(params['missingProperty'])}"` };
    case 'enum':
      return { pointer: at, message: `must be one of: ${(params['allowedValues'] as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { pointer: at, message: `must be ${JSON.stringify(params['allowedValue'])}` };
    case 'type':
      return { pointer: at, message: `must be ${String(params['type']).replace(',', ' or ')}` };
    case 'anyOf':
      return { pointer: at, message: 'must have a "url" or a "command"' };
    case 'oneOf':
      return { pointer: at, message: 'must be true, false or a map of settings' };
    case 'propertyNames':
      return { pointer: at, message: `has a key that is not allowed (${String(params['propertyName']).slice(0, 60)})` };
    default:
      return { pointer: at, message: error.message ?? error.keyword };
  }
}
