import type { Entity } from '../findings/entities.js';
import { type Fakers, makeFakers, pick } from './_fakers.js';
import { APPLICABLE, type Disguise, disguise } from './disguise.js';
import { type LogicalRecord, wrap } from './envelope.js';
import { negatives } from './negatives.js';
import { positive } from './positives.js';
import type { CorpusFormat, CorpusItem, Field } from './types.js';

/** What corpus to generate. */
export interface CorpusOptions {
  readonly seed: number;
  /** Number of records (payloads hold 1–3 records each). */
  readonly records: number;
  /** Share of records with no personal data (default 0.45). */
  readonly piiFreeShare?: number;
}

const FORMATS: readonly CorpusFormat[] = ['json', 'json', 'posthog', 'posthog', 'segment', 'segment', 'otlp-logs', 'otlp-logs', 'otlp-traces'];

/** Every (entity, disguise) pair, in a seeded order, cycled so that each appears. */
function coverage(fk: Fakers): Array<[Entity, Disguise]> {
  const pairs: Array<[Entity, Disguise]> = [];
  for (const [entity, ds] of Object.entries(APPLICABLE) as Array<[Entity, readonly Disguise[]]>) for (const d of ds) pairs.push([entity, d]);
  return fk.rng.helpers.shuffle(pairs);
}

function record(fk: Fakers, piiFree: boolean, next: () => [Entity, Disguise]): LogicalRecord {
  const f = fk.rng;
  const fields: Field[] = [];
  const negs = negatives(f, piiFree ? f.number.int({ min: 4, max: 8 }) : f.number.int({ min: 2, max: 4 }));
  for (const [k, v] of negs) fields.push({ path: [k], value: v });
  if (!piiFree) {
    const n = f.number.int({ min: 1, max: 3 });
    for (let i = 0; i < n; i++) {
      const [entity, how] = next();
      fields.push(...disguise(fk, positive(fk, entity), how));
    }
  }
  return { fields: f.helpers.shuffle(fields), piiFree };
}

/** Generate a labelled corpus: deterministic for a seed. */
export function generateCorpus(options: CorpusOptions): CorpusItem[] {
  const fk = makeFakers(options.seed);
  const f = fk.rng;
  const share = options.piiFreeShare ?? 0.45;
  const pairs = coverage(fk);
  let cursor = 0;
  const next = (): [Entity, Disguise] => pairs[cursor++ % pairs.length] as [Entity, Disguise];
  const items: CorpusItem[] = [];
  let total = 0;
  while (total < options.records) {
    const format = pick(f, FORMATS);
    const n = format === 'json' ? 1 : Math.min(f.number.int({ min: 1, max: 3 }), options.records - total);
    const recs = Array.from({ length: n }, () => record(fk, f.number.float({ min: 0, max: 1 }) < share, next));
    const wrapped = wrap(f, format, recs);
    const disguises = recs.flatMap((r) => r.fields.map((x) => x.disguise).filter((d): d is string => d !== undefined));
    items.push({ id: items.length, format, payload: wrapped.payload, records: wrapped.records, labels: wrapped.labels, disguises });
    total += n;
  }
  return items;
}

/** The corpus as NDJSON (one payload a line). */
export function toNdjson(items: readonly CorpusItem[]): string {
  return `${items.map((i) => JSON.stringify(i.payload)).join('\n')}\n`;
}
