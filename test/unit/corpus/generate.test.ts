import { describe, expect, it } from 'vitest';
import { generateCorpus, toNdjson } from '../../../src/corpus/index.js';
import { APPLICABLE } from '../../../src/corpus/disguise.js';
import { parsePointer, resolvePointer } from '../../../src/envelope/pointer.js';

const items = generateCorpus({ seed: 7, records: 1200 });

describe('labelled corpus generator', () => {
  it('is deterministic for a seed', () => {
    expect(toNdjson(generateCorpus({ seed: 7, records: 60 }))).toBe(toNdjson(generateCorpus({ seed: 7, records: 60 })));
    expect(toNdjson(generateCorpus({ seed: 8, records: 60 }))).not.toBe(toNdjson(generateCorpus({ seed: 7, records: 60 })));
  });

  it('writes every envelope shape, and at least 40 % PII-free records', () => {
    expect(new Set(items.map((i) => i.format))).toEqual(new Set(['json', 'posthog', 'segment', 'otlp-logs', 'otlp-traces']));
    const records = items.flatMap((i) => i.records);
    expect(records.length).toBeGreaterThanOrEqual(1200);
    expect(records.filter((r) => r.piiFree).length / records.length).toBeGreaterThanOrEqual(0.4);
  });

  it('labels point at values that exist in the payload as written', () => {
    for (const item of items) {
      for (const label of item.labels) {
        expect(parsePointer(label.pointer)).toBeDefined();
        expect(resolvePointer(item.payload, label.pointer), `${item.id} ${label.pointer}`).not.toBeUndefined();
      }
    }
  });

  it('uses every disguise of every entity', () => {
    const used = new Set(items.flatMap((i) => i.disguises));
    const wanted = new Set(Object.values(APPLICABLE).flat());
    expect([...wanted].filter((d) => !used.has(d))).toEqual([]);
    const entities = new Set(items.flatMap((i) => i.labels.map((l) => l.entity)));
    expect(entities.size).toBe(19);
  });
});
