import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isToolError } from '../../../src/errors.js';
import { loadPolicy, parsePolicy } from '../../../src/policy/load.js';

const DIR = 'fixtures/policies/invalid';
const expected = parse(readFileSync(join(DIR, 'expected.yaml'), 'utf8')) as Record<string, { code: string; problems: string[] }>;
const files = readdirSync(DIR).filter((f) => f !== 'expected.yaml');

async function failure(file: string) {
  try {
    await loadPolicy(file);
  } catch (error) {
    if (isToolError(error)) return error;
    throw error;
  }
  throw new Error(`${file} loaded although it is broken`);
}

describe('loadPolicy on broken policies', () => {
  it('has an expectation for every broken fixture', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s reports every problem with line and column', async (name) => {
    const error = await failure(join(DIR, name));
    const want = expected[name]!;
    expect(error.code).toBe(want.code);
    const got = error.details.map((line) => {
      const m = /:(\d+):(\d+) (\S+) /.exec(line);
      return m ? `${m[1]}:${m[2]} ${m[3]}` : line;
    });
    expect(got).toEqual(want.problems);
    for (const line of error.details) expect(line.startsWith(`${join(DIR, name)}:`)).toBe(true);
  });
});

describe('loadPolicy', () => {
  it.each([
    ['a missing file', 'fixtures/policies/does-not-exist.yaml', 'policy-unreadable', /no such file/],
    ['a directory', 'fixtures/policies', 'policy-unreadable', /is a directory/],
  ])('refuses %s with one line', async (_name, file, code, reason) => {
    const error = await failure(file);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain('\n');
  });

  it('suggests the nearest key for a typo', async () => {
    const error = await failure(join(DIR, 'typo-key.yaml'));
    expect(error.details[0]).toContain('did you mean "retention"?');
  });

  it('locates nodes by pointer, falling back to the nearest ancestor', () => {
    const loaded = parsePolicy('policy: p\nfields:\n  a:\n    type: string\n  b: { type: integer }\n', 'p.yaml');
    expect(loaded.locate('/fields/a/type')).toEqual({ line: 4, col: 5 });
    expect(loaded.locate('/fields/b')).toEqual({ line: 5, col: 3 });
    expect(loaded.locate('/fields/zzz')).toEqual({ line: 2, col: 1 });
    expect(loaded.locate('')).toEqual({ line: 1, col: 1 });
  });

  it('refuses alias bombs without hanging', () => {
    const bomb = ['policy: p', 'a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 12 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), 'fields: {}'].join('\n');
    expect(() => parsePolicy(bomb, 'bomb.yaml')).toThrow(/policy bomb.yaml: .*alias/i);
  });

  it('loads a valid policy with its sha256', async () => {
    const loaded = parsePolicy('policy: ok\nfields:\n  n: { type: integer, minimum: 0 }\n', 'ok.yaml');
    expect(loaded.policy.policy).toBe('ok');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
