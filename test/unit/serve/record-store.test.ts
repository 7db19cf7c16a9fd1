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
