import { describe, expect, it } from 'vitest';
import { pathOf, walkChecked } from '../../../src/validate/walk.js';
import type { FieldMap } from '../../../src/policy/types.js';

describe('walkChecked', () => {
  const pseudonym = { method: 'sha256', encoding: 'hex' };
  const fields = {
    a: { type: 'object', fields: { 'x/y': { type: 'string', pseudonym }, plain: { type: 'string' } } },
    list: { type: 'array', items: { type: 'string', granularity: 'day' } },
    rate: { type: 'number', sampleRate: true },
    meta: { type: 'object' },
  } as unknown as FieldMap;
  const record = { a: { 'x/y': 's', plain: 'p', 'm~n': 2 }, list: ['2025-01-01', '2025-01-02'], rate: 0.5, meta: { user_email: 'x', deep: [{ 'E-Mail': 'y' }] }, other: 1 };
  const nodes = walkChecked(record, fields, new Set(['useremail', 'email']));

  it('keeps exactly the nodes a check reads, depth-first in document order, with pointer, path and array flag', () => {
    expect(nodes.map((n) => [n.pointer, pathOf(n).join('.'), n.inArray, n.depth])).toEqual([
      ['/a/x~1y', 'a.x/y', false, 2],
      ['/list/0', 'list.0', true, 2],
      ['/list/1', 'list.1', true, 2],
      ['/rate', 'rate', false, 1],
      ['/meta/user_email', 'meta.user_email', false, 2],
      ['/meta/deep/0/E-Mail', 'meta.deep.0.E-Mail', false, 4],
    ]);
  });

  it.each([
    ['/a/x~1y', 'string'],
    ['/list/1', 'string'],
    ['/rate', 'number'],
    ['/meta/user_email', undefined],
  ])('the node at %s carries the rule of type %s', (pointer, type) => {
    expect(nodes.find((n) => n.pointer === pointer)?.rule?.type).toBe(type);
  });

  it('keeps nothing of a record with no declared checks and no prohibited names', () => {
    expect(walkChecked(record, undefined, new Set())).toEqual([]);
  });
});
