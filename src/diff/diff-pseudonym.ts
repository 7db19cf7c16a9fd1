import type { Pseudonym } from '../policy/types.js';
import { asRecord, reportLeftovers, same, show } from './_compare.js';
import { fieldChange, type RulePair } from './_field-emit.js';
import { joinPointer } from '../_pointer.js';

/** Strength of a pseudonymisation method (higher is harder to reverse). */
const METHOD_RANK: Readonly<Record<Pseudonym['method'], number>> = {
  sha256: 0, 'salted-sha256': 1, 'hmac-sha256': 2, uuid: 2, 'random-id': 2,
};
/** How long a pseudonym stays linkable (higher is longer). */
const ROTATION_RANK: Readonly<Record<NonNullable<Pseudonym['rotation']>, number>> = {
  hourly: 0, daily: 1, weekly: 2, monthly: 3, 'per-install': 4, none: 5,
};
/** Time granularity (lower is finer). */
const GRANULARITY_RANK: Readonly<Record<string, number>> = { second: 0, minute: 1, hour: 2, day: 3, week: 4, month: 5, year: 6 };

const PSEUDONYM_KEYS: ReadonlySet<string> = new Set(['method', 'rotation', 'key', 'encoding', 'prefix', 'length', 'of']);
const CONTROLS = ['pseudonymisation', 'key-rotation'] as const;

/** Compare a field's pseudonym and time granularity. Key and secret references are never shown. */
export function diffPseudonym(pair: RulePair): void {
  diffGranularity(pair);
  const before = pair.base.pseudonym;
  const after = pair.head.pseudonym;
  if (same(before, after)) return;
  if (after === undefined) {
    fieldChange(pair, 'pseudonym', 'expands', 'pseudonym removed, the raw identifier may be sent', { dpia: true, controls: CONTROLS });
    return;
  }
  if (before === undefined) return fieldChange(pair, 'pseudonym', 'reduces', `now pseudonymised (${after.method})`);
  const rank = (r: Readonly<Record<string, number>>, v: string | undefined): number | undefined => (v === undefined ? undefined : r[v]);
  compareRank(pair, 'method', before.method, after.method, rank(METHOD_RANK, before.method), rank(METHOD_RANK, after.method), true);
  compareRank(pair, 'rotation', before.rotation, after.rotation, rank(ROTATION_RANK, before.rotation), rank(ROTATION_RANK, after.rotation), false);
  if (before.key?.heldBy === 'server' && after.key?.heldBy !== 'server') {
    fieldChange(pair, 'pseudonym', 'expands', 'pseudonym key is no longer held by the server', { dpia: true, controls: CONTROLS });
  }
  if (before.key !== undefined && after.key === undefined) {
    fieldChange(pair, 'pseudonym', 'expands', 'pseudonym key removed (a plain hash is reversible by enumeration)', { dpia: true, controls: CONTROLS });
  } else if (!same({ ...before.key, heldBy: undefined }, { ...after.key, heldBy: undefined })) {
    fieldChange(pair, 'pseudonym', 'neutral', 'pseudonym key reference changed (value not shown)');
  }
  for (const key of ['encoding', 'prefix'] as const) {
    if (!same(before[key], after[key])) fieldChange(pair, 'pseudonym', 'neutral', `pseudonym ${key} ${show(before[key])} → ${show(after[key])}`);
  }
  for (const key of ['length', 'of'] as const) {
    if (!same(before[key], after[key])) fieldChange(pair, 'pseudonym', 'review', `pseudonym ${key} ${show(before[key])} → ${show(after[key])}: review`, { controls: CONTROLS });
  }
  reportLeftovers(pair.ctx, asRecord(before), asRecord(after), PSEUDONYM_KEYS, joinPointer(pair.pointer, 'pseudonym'), `${pair.path}.pseudonym`, 'field');
}

function compareRank(
  pair: RulePair, key: 'method' | 'rotation', before: string | undefined, after: string | undefined,
  rankBefore: number | undefined, rankAfter: number | undefined, higherIsStronger: boolean,
): void {
  if (before === after) return;
  const what = `pseudonym ${key} ${show(before)} → ${show(after)}`;
  if (rankBefore === undefined || rankAfter === undefined || rankBefore === rankAfter) {
    fieldChange(pair, 'pseudonym', 'review', `${what}: review`, { controls: CONTROLS });
    return;
  }
  const weaker = higherIsStronger ? rankAfter < rankBefore : rankAfter > rankBefore;
  fieldChange(pair, 'pseudonym', weaker ? 'expands' : 'reduces', what, weaker ? { dpia: true, controls: CONTROLS } : {});
}

function diffGranularity(pair: RulePair): void {
  const before = pair.base.granularity;
  const after = pair.head.granularity;
  if (before === after) return;
  if (after === undefined) {
    fieldChange(pair, 'granularity', 'expands', `granularity ${before} removed, any precision is accepted`, { dpia: true, controls: ['aggregation'] });
    return;
  }
  if (before === undefined) return fieldChange(pair, 'granularity', 'reduces', `granularity ${after} added`);
  const finer = (GRANULARITY_RANK[after] ?? 0) < (GRANULARITY_RANK[before] ?? 0);
  fieldChange(pair, 'granularity', finer ? 'expands' : 'reduces', `granularity ${before} → ${after}`, finer ? { dpia: true, controls: ['aggregation'] } : {});
}
