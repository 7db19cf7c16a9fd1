import { describe, expect, it } from 'vitest';
import { pathOf, walkRecord } from '../../../src/validate/walk.js';
import type { FieldMap } from '../../../src/policy/types.js';

describe('walkRecord', () => {
  const fields = { a: { type: 'object', fields: { 'x/y': { type: 'string' } } }, list: { type: 'array', items: { type: 'integer' } } } as unknown as FieldMap;
  const nodes = walkRecord({ a: { 'x/y': 's', 'm~n': 2 }, list: [1, 2] }, fields);

  it('visits every node depth-first in document order with its pointer, path and array flag', () => {
    expect(nodes.map((n) => [n.pointer, pathOf(n).join('.'), n.inArray, n.depth])).toEqual([
      ['/a', 'a', false, 1],
      ['/a/x~1y', 'a.x/y', false, 2],
      ['/a/m~0n', 'a.m~n', false, 2],
      ['/list', 'list', false, 1],
      ['/list/0', 'list.0', true, 2],
      ['/list/1', 'list.1', true, 2],
    ]);
  });

  it.each([
    ['/a', 'object'],
    ['/a/x~1y', 'string'],
    ['/a/m~0n', undefined],
    ['/list/1', 'integer'],
  ])('the node at %s carries the rule of type %s', (pointer, type) => {
    expect(nodes.find((n) => n.pointer === pointer)?.rule?.type).toBe(type);
  });
});
