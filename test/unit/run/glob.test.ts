import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandGlob, hasWildcard, segmentRegExp } from '../../../src/run/glob.js';

let dir: string;
const FILES = ['a.json', 'b.ndjson', 'c.txt', '.hidden.json', 'x/a.json', 'x/y/b.json', 'x/y/z/c.ndjson', 'x/.git/d.json', 'w[1]/e.json', 'node_modules/m/f.json'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tg-glob-'));
  for (const file of FILES) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), '{}');
  }
  await symlink(join(dir, 'x'), join(dir, 'loop'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rel = (paths: readonly string[]): string[] => paths.map((p) => relative(dir, p).split('\\').join('/'));

describe('expandGlob', () => {
  it.each([
    ['*.json', ['a.json']],
    ['?.*json', ['a.json', 'b.ndjson']],
    ['x/*/*.json', ['x/y/b.json']],
    ['**/*.json', ['a.json', 'w[1]/e.json', 'x/a.json', 'x/y/b.json']],
    ['x/**/*', ['x/a.json', 'x/y/b.json', 'x/y/z/c.ndjson']],
    ['x/**/**/c.*', ['x/y/z/c.ndjson']],
    ['.*.json', ['.hidden.json']],
    ['w[1]/*.json', ['w[1]/e.json']],
    ['nothing/*.json', []],
    ['*.yaml', []],
  ])('%s', async (pattern, expected) => {
    expect(rel(await expandGlob(pattern, dir))).toEqual(expected);
  });

  it('returns a pattern without wildcards as the one path it names, existing or not', async () => {
    expect(rel(await expandGlob('x/a.json', dir))).toEqual(['x/a.json']);
    expect(rel(await expandGlob('missing.json', dir))).toEqual(['missing.json']);
  });

  it('resolves leading .. segments against the base, and refuses .. after a wildcard', async () => {
    expect(rel(await expandGlob('../x/y/*.json', join(dir, 'x')))).toEqual(['x/y/b.json']);
    await expect(expandGlob('*/../a.json', dir)).rejects.toMatchObject({ code: 'usage' });
  });
});

describe('segmentRegExp', () => {
  it.each([
    ['*.json', 'a.json', true], ['*.json', 'a.jsonl', false], ['?.json', 'ab.json', false], ['a.b', 'axb', false],
    ['(a)+', '(a)+', true], ['[ab]', 'a', false],
  ])('%s against %s is %s', (segment, name, expected) => {
    expect(segmentRegExp(segment).test(name)).toBe(expected);
  });

  it('a segment without wildcards matches exactly itself (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }).filter((s) => !hasWildcard(s) && !s.includes('/')), (name) => {
      expect(segmentRegExp(name).test(name)).toBe(true);
      expect(segmentRegExp(name).test(`${name}x`)).toBe(false);
    }));
  });
});
