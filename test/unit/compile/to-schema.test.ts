import { describe, expect, it } from 'vitest';
import { toSchema } from '../../../src/compile/to-schema.js';
import { toValidator } from '../../../src/compile/to-validator.js';
import { parsePolicy } from '../../../src/policy/load.js';

const policy = parsePolicy(
  `policy: demo
unknownFields: reject
fields:
  event_name: { type: string, pattern: '^[a-z]+(\\.[a-z_]+)+$', required: true }
  surface: { enum: [discord, api], required: true }
  day: { type: string, format: date }
  n: { type: integer, minimum: 0, nullable: true }
  props:
    type: object
    unknownFields: warn
    fields:
      k: { type: boolean }
  tags: { type: array, items: { type: string, maxLength: 3 }, maxItems: 2 }
`,
  'demo.yaml',
).policy;

describe('toSchema', () => {
  it('emits a strict draft 2020-12 object schema', () => {
    const schema = toSchema(policy);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['event_name', 'surface'],
      additionalProperties: false,
    });
    expect((schema['properties'] as Record<string, unknown>)['n']).toEqual({ type: ['integer', 'null'], minimum: 0 });
  });

  it('is deterministic: same policy, byte-identical JSON', () => {
    expect(JSON.stringify(toSchema(policy))).toBe(JSON.stringify(toSchema(structuredClone(policy))));
  });

  it.each([
    ['a conforming event', { event_name: 'a.b', surface: 'api', day: '2026-02-12', n: null, props: { k: true }, tags: ['x'] }, true],
    ['a missing required field', { event_name: 'a.b' }, false],
    ['a bad enum', { event_name: 'a.b', surface: 'web' }, false],
    ['a bad date format', { event_name: 'a.b', surface: 'api', day: '12/02/2026' }, false],
    ['a negative integer', { event_name: 'a.b', surface: 'api', n: -1 }, false],
    ['an extra top-level field', { event_name: 'a.b', surface: 'api', extra: 1 }, false],
    ['an extra nested field (warn mode still reported)', { event_name: 'a.b', surface: 'api', props: { other: 1 } }, false],
    ['too many tags', { event_name: 'a.b', surface: 'api', tags: ['a', 'b', 'c'] }, false],
    ['a tag too long', { event_name: 'a.b', surface: 'api', tags: ['abcd'] }, false],
  ])('validates %s', (_name, event, valid) => {
    expect(toValidator(toSchema(policy))(event)).toBe(valid);
  });
});
