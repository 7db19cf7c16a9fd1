import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepNewest, openRecordStore } from '../../../src/serve/record-store.js';

describe('keepNewest', () => {
  it('keeps exactly the newest `limit` items and counts the rest as dropped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.integer(), { maxLength: 100 }), (limit, items) => {
        const kept = keepNewest<number>(limit);
        for (const item of items) kept.add(item);
        expect(kept.list()).toEqual(items.slice(Math.max(0, items.length - limit)));
        expect(kept.dropped).toBe(Math.max(0, items.length - limit));
      }),
    );
  });

  it('forgets everything on clear', () => {
    const kept = keepNewest<number>(2);
    [1, 2, 3, 4, 5].forEach((n) => kept.add(n));
    kept.clear();
    expect([kept.list(), kept.dropped]).toEqual([[], 0]);
  });
});

describe('openRecordStore (memory)', () => {
  it('numbers records from 1 and restarts after reset', async () => {
    const store = await openRecordStore({ kind: 'memory' }, 10);
    store.add({ time: 't', path: '/a', payload: 1 });
    store.add({ time: 't', path: '/b', line: 2, payload: 2 });
    expect(store.list()).toEqual([{ seq: 1, time: 't', path: '/a', payload: 1 }, { seq: 2, time: 't', path: '/b', line: 2, payload: 2 }]);
    await store.reset();
    store.add({ time: 't', path: '/c', payload: 3 });
    expect(store.list().map((r) => r.seq)).toEqual([1]);
    await store.close();
  });
});

describe('openRecordStore (text records)', () => {
  it('lists a record added by its JSON text as the parsed payload, in order with value records', async () => {
    const store = await openRecordStore({ kind: 'memory' }, 10);
    store.addText({ time: 't', path: '/a' }, '{"a":[1,2]}');
    store.add({ time: 't', path: '/b', payload: 2 });
    store.addText({ time: 't', path: '/c', line: 3 }, ' "x" ');
    expect(store.list()).toEqual([
      { seq: 1, time: 't', path: '/a', payload: { a: [1, 2] } },
      { seq: 2, time: 't', path: '/b', payload: 2 },
      { seq: 3, time: 't', path: '/c', line: 3, payload: 'x' },
    ]);
    await store.close();
  });

  it.each([['{"a":1}'], ['{\n  "a": 1\n}'], ['[{"b":"é\\u2028"}]']])('writes %j to the NDJSON file as one line that parses back to the payload', async (text) => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-store-'));
    try {
      const path = join(dir, 'records.ndjson');
      const store = await openRecordStore({ kind: 'ndjson', path }, 10);
      store.addText({ time: 't', path: '/a', line: 2 }, text);
      await store.close();
      const lines = readFileSync(path, 'utf8').split('\n');
      expect(lines).toHaveLength(2);
      expect(JSON.parse(lines[0]!)).toEqual({ seq: 1, time: 't', path: '/a', line: 2, payload: JSON.parse(text) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('openRecordStore (memory ring)', () => {
  type Added = { text: string } | { value: unknown };
  const added = fc.array(
    fc.oneof({ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v): Added => ({ text: JSON.stringify(v) })) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }).map((value): Added => ({ value })) }),
    { maxLength: 60 },
  );
  const fill = (store: Awaited<ReturnType<typeof openRecordStore>>, items: readonly Added[]) =>
    items.forEach((item, i) => ('text' in item ? store.addText({ time: `t${i}`, path: `/p${i % 3}`, line: i % 2 === 0 ? undefined : i }, item.text) : store.add({ time: `t${i}`, path: `/p${i % 3}`, payload: item.value })));
  const expected = (items: readonly Added[]) =>
    items.map((item, i) => ({ seq: i + 1, time: `t${i}`, path: `/p${i % 3}`, ...('text' in item && i % 2 === 1 ? { line: i } : {}), payload: 'text' in item ? (JSON.parse(item.text) as unknown) : item.value }));

  it('with bytes to spare keeps exactly the newest `limit` records, texts parsed back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20 }), added, async (limit, items) => {
        const store = await openRecordStore({ kind: 'memory' }, limit, 1 << 20);
        fill(store, items);
        expect(store.list()).toEqual(expected(items).slice(Math.max(0, items.length - limit)));
      }),
    );
  });

  it('with a small byte budget keeps a suffix of what came, always the newest, in order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 64, max: 2048 }), added, async (limit, maxBytes, items) => {
        const store = await openRecordStore({ kind: 'memory' }, limit, maxBytes);
        fill(store, items);
        const all = expected(items);
        const list = store.list();
        expect(list).toEqual(all.slice(all.length - list.length));
        if (items.length > 0) expect(list.length).toBeGreaterThan(0);
      }),
    );
  });

  it('evicts by bytes: texts of 100 units in a budget of 3,000 bytes keep the newest 9 or 10', async () => {
    const store = await openRecordStore({ kind: 'memory' }, 1000, 3000);
    const text = (n: number) => JSON.stringify(`${n}`.padEnd(98, 'é'));
    for (let n = 0; n < 50; n++) store.addText({ time: 't', path: '/' }, text(n));
    const kept = store.list().map((r) => r.seq);
    expect(kept.at(-1)).toBe(50);
    expect(kept.length).toBeGreaterThanOrEqual(9);
    expect(kept.length).toBeLessThanOrEqual(15);
    expect(store.list().at(-1)!.payload).toBe(JSON.parse(text(49)));
  });

  it('keeps a text too long for its budget as the parsed value', async () => {
    const store = await openRecordStore({ kind: 'memory' }, 10, 64);
    store.addText({ time: 't', path: '/' }, JSON.stringify('x'.repeat(100)));
    store.addText({ time: 't', path: '/' }, '{"a":1}');
    expect(store.list().map((r) => r.payload)).toEqual(['x'.repeat(100), { a: 1 }]);
  });
});
