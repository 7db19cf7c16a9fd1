import type { ErrorObject } from 'ajv/dist/2020.js';
import { unknownModeAt } from '../compile/compile.js';
import { parsePointer } from '../_pointer.js';
import type { Policy } from '../policy/types.js';
import { describeValue } from '../findings/mask.js';
import type { Draft } from './checks/types.js';
import { joinPointer } from '../envelope/pointer.js';

/** One ajv error → a finding draft (pointer into the record). The only mapping; tested by table. */
export function fromAjv(error: ErrorObject, policy: Policy, record: unknown): Draft {
  const params = error.params as Record<string, unknown>;
  const path = parsePointer(error.instancePath) ?? [];
  const at = path.length > 0 ? path.join('.') : 'record';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const name = [...path, key].join('.');
      const warn = unknownModeAt(policy, path) === 'warn';
      return {
        code: 'unknown-field',
        pointer: joinPointer(error.instancePath, key),
        field: key,
        ...(warn ? { severity: 'warning' as const } : {}),
        message: `Field "${name}" is not in the policy's allow-list.`,
      };
    }
    case 'required': {
      const key = String(params['missingProperty']);
      return { code: 'missing-field', pointer: error.instancePath, field: key, message: `Required field "${[...path, key].join('.')}" is missing.` };
    }
    default:
      return {
        code: 'invalid-value',
        pointer: error.instancePath,
        field: path[path.length - 1] ?? '',
        message: `Field "${at}" ${expected(error, params)}, received ${describeValue(valueAt(record, path))}.`,
      };
  }
}

function expected(error: ErrorObject, params: Record<string, unknown>): string {
  switch (error.keyword) {
    case 'type':
      return `must be ${String(params['type']).replace(/,/g, ' or ')}`;
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params['allowedValue'])}`;
    case 'pattern':
      return `must match ${String(params['pattern'])}`;
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
      return `must be ${String(params['comparison'])} ${String(params['limit'])}`;
    case 'minLength': return `must have at least ${String(params['limit'])} characters`;
    case 'maxLength': return `must have at most ${String(params['limit'])} characters`;
    case 'minItems': return `must have at least ${String(params['limit'])} items`;
    case 'maxItems': return `must have at most ${String(params['limit'])} items`;
    default:
      return `breaks the "${error.keyword}" rule`;
  }
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
