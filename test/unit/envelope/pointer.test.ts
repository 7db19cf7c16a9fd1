import { describe, expect, it } from 'vitest';
import {
  escapePointerSegment,
  joinPointer,
  parsePointer,
  resolvePointer,
  unescapePointerSegment,
} from '../../../src/envelope/pointer.js';

describe('escapePointerSegment', () => {
  it.each([
    ['user.id', 'user.id'],
    ['a/b', 'a~1b'],
    ['~x', '~0x'],
    ['~/', '~0~1'],
    ['~1', '~01'],
    [3, '3'],
    ['', ''],
  ])('%j → %j', (segment, escaped) => {
    expect(escapePointerSegment(segment)).toBe(escaped);
    expect(unescapePointerSegment(escaped)).toBe(String(segment));
  });
});

describe('joinPointer and parsePointer', () => {
  it.each([
    ['', [], ''],
    ['/batch', [0], '/batch/0'],
    ['', ['route/name', '~tilde'], '/route~1name/~0tilde'],
    ['/a', [''], '/a/'],
  ] as const)('joinPointer(%j, %j) = %j', (base, segments, joined) => {
    expect(joinPointer(base, ...segments)).toBe(joined);
  });

  it.each([
    ['', []],
    ['/', ['']],
    ['/a~1b/0/~0', ['a/b', '0', '~']],
    ['no-slash', undefined],
  ])('parsePointer(%j) = %j', (pointer, segments) => {
    expect(parsePointer(pointer)).toEqual(segments);
  });
});

describe('resolvePointer', () => {
  const doc = JSON.parse('{"a":{"b/c":[10,{"~k":"v"}]},"":1,"__proto__":{"x":2},"n":null}') as unknown;

  it.each([
    ['', doc],
    ['/a/b~1c/0', 10],
    ['/a/b~1c/1/~0k', 'v'],
    ['/', 1],
    ['/__proto__/x', 2],
    ['/n', null],
    ['/a/b~1c/2', undefined],
    ['/a/b~1c/01', undefined],
    ['/a/b~1c/-', undefined],
    ['/a/missing', undefined],
    ['/a/b~1c/0/deeper', undefined],
    ['/constructor', undefined],
    ['/a/toString', undefined],
    ['not-a-pointer', undefined],
  ])('%j → %j', (pointer, expected) => {
    expect(resolvePointer(doc, pointer)).toEqual(expected);
  });
});
