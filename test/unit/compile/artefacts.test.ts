import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileArtefacts } from '../../../src/compile/artefacts.js';
import { parsePolicy } from '../../../src/policy/load.js';

const loaded = parsePolicy(
  `policy: shop-events
fields:
  event: { type: string, enum: [view, buy], required: true }
  label: { type: string, minLength: 1, maxLength: 8 }
  when: { type: string, format: date-time }
  count: { type: integer, minimum: 0 }
`,
  'shop.yaml',
);
const dir = mkdtempSync(join(tmpdir(), 'tg-compile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compileArtefacts', () => {
  it('writes schema, types and standalone validator, byte-identical across runs', async () => {
    const a = await compileArtefacts(loaded);
    const b = await compileArtefacts(loaded);
    expect(Object.keys(a)).toEqual(['shop-events.schema.json', 'shop-events.d.ts', 'shop-events.validate.mjs']);
    expect(a).toEqual(b);
    expect(a['shop-events.d.ts']).toContain('export interface ShopEventsEvent');
    expect(a['shop-events.d.ts']).toContain("event: 'view' | 'buy';");
  });

  it('the standalone validator runs in a bare directory with nothing installed', async () => {
    const files = await compileArtefacts(loaded);
    writeFileSync(join(dir, 'v.mjs'), files['shop-events.validate.mjs']!);
    const script = `import { validate } from './v.mjs';
      const cases = [{event:'buy', label:'abc', when:'2026-01-01T10:00:00Z', count: 1}, {event:'buy', extra: 1}, {event:'steal'}, {event:'buy', label:'😀😀😀😀😀😀😀😀'}, {event:'buy', label:'😀😀😀😀😀😀😀😀😀'}];
      console.log(JSON.stringify(cases.map((c) => validate(c))));`;
    writeFileSync(join(dir, 'run.mjs'), script);
    const out = execFileSync(process.execPath, ['run.mjs'], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
    expect(JSON.parse(out)).toEqual([true, false, false, true, false]);
    expect(files['shop-events.validate.mjs']).not.toMatch(/\brequire\(|^import /m);
  });
});
