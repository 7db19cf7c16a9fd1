import { detect as defaultDetect } from '../detect/detect.js';
import type { Detection } from '../detect/types.js';
import { ENTITIES, type Entity } from '../findings/entities.js';
import type { CorpusItem } from './types.js';

/** Counts and rates for one entity (or overall). */
export interface Rates {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** One false positive or negative, for diagnosis (no raw values: pointer, entity, masked evidence). */
export interface Miss {
  readonly item: number;
  readonly pointer: string;
  readonly entity: Entity;
  readonly kind: 'fp' | 'fn';
  readonly evidence?: string;
}

/** Field-level scores of a detector on a labelled corpus. */
export interface CorpusScore {
  readonly items: number;
  readonly records: number;
  /** Hit = same pointer and same entity. */
  readonly typed: Rates;
  /** Hit = same pointer, any entity. */
  readonly untyped: Rates;
  readonly perEntity: Readonly<Partial<Record<Entity, Rates>>>;
  readonly piiFreeRecords: number;
  readonly piiFreeFlagged: number;
  /** Share of PII-free records with any detection. */
  readonly piiFreeFlaggedShare: number;
  readonly misses: readonly Miss[];
}

function rates(tp: number, fp: number, fn: number): Rates {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const SEP = '\u0000';

/** Run `detect` over every payload and score it against the labels. */
export function scoreCorpus(items: readonly CorpusItem[], detect: (value: unknown) => Detection[] = defaultDetect, maxMisses = 200): CorpusScore {
  const counts = new Map<Entity, { tp: number; fp: number; fn: number }>(ENTITIES.map((e) => [e, { tp: 0, fp: 0, fn: 0 }]));
  const untyped = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  let records = 0;
  let piiFree = 0;
  let flagged = 0;
  for (const item of items) {
    const found = detect(item.payload);
    const got = new Map<string, Detection>(found.map((d) => [`${d.pointer}${SEP}${d.entity}`, d]));
    const want = new Set(item.labels.map((l) => `${l.pointer}${SEP}${l.entity}`));
    for (const [id, d] of got) {
      const c = counts.get(d.entity) as { tp: number; fp: number; fn: number };
      if (want.has(id)) c.tp++;
      else {
        c.fp++;
        if (misses.length < maxMisses) misses.push({ item: item.id, pointer: d.pointer, entity: d.entity, kind: 'fp', evidence: d.evidence });
      }
    }
    for (const id of want) {
      if (got.has(id)) continue;
      const [pointer, entity] = id.split(SEP) as [string, Entity];
      (counts.get(entity) as { fn: number }).fn++;
      if (misses.length < maxMisses) misses.push({ item: item.id, pointer, entity, kind: 'fn' });
    }
    const gotPtr = new Set(found.map((d) => d.pointer));
    const wantPtr = new Set(item.labels.map((l) => l.pointer));
    for (const p of gotPtr) if (wantPtr.has(p)) untyped.tp++; else untyped.fp++;
    for (const p of wantPtr) if (!gotPtr.has(p)) untyped.fn++;
    item.records.forEach((r, i) => {
      records++;
      if (!r.piiFree || item.labels.some((l) => l.recordIndex === i)) return;
      piiFree++;
      if (found.some((d) => r.pointer === '' || d.pointer === r.pointer || d.pointer.startsWith(`${r.pointer}/`))) flagged++;
    });
  }
  const perEntity: Partial<Record<Entity, Rates>> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [e, c] of counts) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
    if (c.tp + c.fp + c.fn > 0) perEntity[e] = rates(c.tp, c.fp, c.fn);
  }
  return {
    items: items.length, records, typed: rates(tp, fp, fn), untyped: rates(untyped.tp, untyped.fp, untyped.fn), perEntity,
    piiFreeRecords: piiFree, piiFreeFlagged: flagged, piiFreeFlaggedShare: piiFree === 0 ? 0 : flagged / piiFree, misses,
  };
}

const pct = (x: number): string => x.toFixed(3);

/** The scores as a markdown table (per entity, then overall typed and untyped). */
export function renderScoreTable(score: CorpusScore): string {
  const rows = ['| entity | tp | fp | fn | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|'];
  const row = (name: string, r: Rates): string => `| ${name} | ${r.tp} | ${r.fp} | ${r.fn} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} |`;
  for (const e of ENTITIES) {
    const r = score.perEntity[e];
    if (r) rows.push(row(e, r));
  }
  rows.push(row('**overall (typed)**', score.typed), row('**overall (untyped)**', score.untyped));
  rows.push('', `${score.items} payloads, ${score.records} records; PII-free records flagged: ${score.piiFreeFlagged}/${score.piiFreeRecords} (${(score.piiFreeFlaggedShare * 100).toFixed(2)} %).`);
  return rows.join('\n');
}
