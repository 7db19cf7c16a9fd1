import type { ControlId } from '../findings/regulations.js';
import type { Aggregation, Retention, Sampling } from '../policy/types.js';
import { added, asRecord, quoteList, reportLeftovers, show } from './_compare.js';
import { addChange, headPointer, type DiffContext } from './_context.js';
import { parseDays, showDays } from './days.js';

/** Retention tiers and the controls a longer period touches beyond `retention`. */
const TIERS: ReadonlyArray<readonly [keyof Retention, readonly ControlId[]]> = [
  ['detailDays', []], ['aggregateDays', ['aggregation']], ['optOutDeletionDays', ['deletion-after-opt-out']],
  ['logsDays', []], ['backupsDays', []], ['auditLogDays', ['audit-log']],
];
const GRANULARITY_RANK: Readonly<Record<string, number>> = { second: 0, minute: 1, hour: 2, day: 3, week: 4, month: 5, year: 6 };

/** Compare every retention tier in days; a longer or no-longer-bounded tier expands collection. */
export function diffRetention(ctx: DiffContext, base: Retention | undefined, head: Retention | undefined): void {
  const b = asRecord(base);
  const h = asRecord(head);
  for (const [tier, controls] of TIERS) {
    if (!Object.hasOwn(b, tier) && !Object.hasOwn(h, tier)) continue;
    const before = parseDays(b[tier]);
    const after = parseDays(h[tier]);
    if (before === after) continue;
    const pointer = headPointer(ctx, 'retention', tier);
    const subject = `retention.${tier}`;
    const message = `Retention ${tier} ${showDays(before)} → ${showDays(after)}`;
    if (Object.hasOwn(b, tier) && before === undefined) {
      addChange(ctx, { topic: 'retention', direction: 'review', pointer, subject, message: `${message}: the base value cannot be read, review.`, controls: ['retention'] });
    } else if (after === undefined || (before !== undefined && after > before)) {
      addChange(ctx, { topic: 'retention', direction: 'expands', code: 'retention-lengthened', pointer, subject, message: `${message}: data is kept longer.`, dpia: true, controls });
    } else addChange(ctx, { topic: 'retention', direction: 'reduces', pointer, subject, message: `${message}.` });
  }
  reportLeftovers(ctx, b, h, new Set(TIERS.map(([tier]) => tier)), '/retention', 'retention', 'retention');
}

/** Compare sampling bounds: a higher minimum or maximum rate (or none) expands collection. */
export function diffSampling(ctx: DiffContext, base: Sampling | undefined, head: Sampling | undefined): void {
  const b = base ?? {};
  const h = head ?? {};
  for (const key of ['min', 'max'] as const) {
    if (b[key] === h[key]) continue;
    const before = b[key] ?? (key === 'max' ? 1 : 0);
    const after = h[key] ?? (key === 'max' ? 1 : 0);
    const pointer = headPointer(ctx, 'sampling', key);
    const message = `Sampling ${key} ${show(b[key])} → ${show(h[key])}`;
    if (after > before) addChange(ctx, { topic: 'sampling', direction: 'expands', code: 'sampling-raised', pointer, subject: `sampling.${key}`, message: `${message}: more events are collected.` });
    else addChange(ctx, { topic: 'sampling', direction: after < before ? 'reduces' : 'neutral', pointer, subject: `sampling.${key}`, message: `${message}.` });
  }
  if (b.field !== h.field) {
    addChange(ctx, { topic: 'sampling', direction: 'review', pointer: headPointer(ctx, 'sampling', 'field'), subject: 'sampling.field', message: `Sampling field ${show(b.field)} → ${show(h.field)}: review.`, controls: ['sampling'] });
  }
  reportLeftovers(ctx, asRecord(b), asRecord(h), new Set(['min', 'max', 'field']), '/sampling', 'sampling', 'sampling');
}

/** Compare aggregation: a finer window, a lower or no minimum count, or more dimensions expand it. */
export function diffAggregation(ctx: DiffContext, base: Aggregation | undefined, head: Aggregation | undefined): void {
  const b = base ?? {};
  const h = head ?? {};
  const loosened = (key: string, message: string): void =>
    addChange(ctx, { topic: 'aggregation', direction: 'expands', code: 'aggregation-loosened', pointer: headPointer(ctx, 'aggregation', key), subject: `aggregation.${key}`, message, dpia: true });
  const tightened = (key: string, message: string): void =>
    addChange(ctx, { topic: 'aggregation', direction: 'reduces', pointer: headPointer(ctx, 'aggregation', key), subject: `aggregation.${key}`, message });
  if (b.window !== h.window) {
    const finer = h.window === undefined || (b.window !== undefined && (GRANULARITY_RANK[h.window] ?? 0) < (GRANULARITY_RANK[b.window] ?? 0));
    const message = `Aggregation window ${show(b.window)} → ${show(h.window)}`;
    if (finer && b.window !== undefined) loosened('window', `${message}: finer cells.`);
    else tightened('window', `${message}.`);
  }
  if (b.minCount !== h.minCount) {
    const message = `Aggregation minimum count ${show(b.minCount)} → ${show(h.minCount)}`;
    if (b.minCount !== undefined && (h.minCount === undefined || h.minCount < b.minCount)) loosened('minCount', `${message}: smaller cells can single people out.`);
    else tightened('minCount', `${message}.`);
  }
  const more = added(b.dimensions ?? [], h.dimensions ?? []);
  if (more.length > 0 && b.dimensions !== undefined) loosened('dimensions', `Aggregation dimensions added: ${quoteList(more)} (smaller cells).`);
  const fewer = added(h.dimensions ?? [], b.dimensions ?? []);
  if (fewer.length > 0) tightened('dimensions', `Aggregation dimensions removed: ${quoteList(fewer)}.`);
  reportLeftovers(ctx, asRecord(b), asRecord(h), new Set(['window', 'minCount', 'dimensions']), '/aggregation', 'aggregation', 'aggregation');
}
