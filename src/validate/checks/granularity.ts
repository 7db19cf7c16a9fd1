import type { Granularity } from '../../policy/types.js';
import { pathOf } from '../walk.js';
import type { Check, Draft } from './types.js';

const UNIT_RANK: Record<Granularity, number> = { second: 0, minute: 1, hour: 2, day: 3, week: 4, month: 5, year: 6 };
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?)?)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

/** The finest unit a time value actually carries (non-zero), or undefined if it is not a time. */
export function finestUnit(value: unknown): { unit: Granularity | 'subsecond'; weekday?: number } | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return finestOfEpoch(value);
  if (typeof value !== 'string' || value.length > 40) return undefined;
  if (/^\d{4}-W\d{2}$/.test(value)) return { unit: 'week' };
  const m = ISO.exec(value);
  if (!m) return /^\d{10,13}$/.test(value) ? finestOfEpoch(Number(value)) : undefined;
  const [, , month, day, hour, minute, second, fraction] = m;
  if (fraction && /[1-9]/.test(fraction)) return { unit: 'subsecond' };
  if (second && second !== '00') return { unit: 'second' };
  if (minute && minute !== '00') return { unit: 'minute' };
  if (hour && hour !== '00') return { unit: 'hour' };
  if (day) {
    const weekday = weekdayOf(Number(m[1]), Number(month), Number(day));
    return day !== '01' ? { unit: 'day', weekday } : { unit: 'month', weekday };
  }
  if (month) return month !== '01' ? { unit: 'month' } : { unit: 'year' };
  return { unit: 'year' };
}

/** Sakamoto's month offsets. */
const MONTH_OFFSETS: readonly number[] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** Day of the week (0 = Sunday) by Sakamoto's method: no Date object on the hot path. */
function weekdayOf(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + (MONTH_OFFSETS[month - 1] ?? 0) + day) % 7;
}

function finestOfEpoch(n: number): { unit: Granularity | 'subsecond' } {
  const ms = n > 1e11 ? n : n * 1000; // seconds before ~5138 AD are < 1e11
  if (ms % 1000 !== 0) return { unit: 'subsecond' };
  if (ms % 60_000 !== 0) return { unit: 'second' };
  if (ms % 3_600_000 !== 0) return { unit: 'minute' };
  if (ms % 86_400_000 !== 0) return { unit: 'hour' };
  return { unit: 'day' };
}

/** True when a value of `found` precision is within the declared granularity. */
export function withinGranularity(found: { unit: Granularity | 'subsecond'; weekday?: number }, declared: Granularity): boolean {
  if (found.unit === 'subsecond') return false;
  if (declared === 'week') return found.unit === 'week' || (UNIT_RANK[found.unit] >= UNIT_RANK.day && found.weekday === 1);
  if (found.unit === 'week') return UNIT_RANK[declared] <= UNIT_RANK.week;
  return UNIT_RANK[found.unit] >= UNIT_RANK[declared];
}

/** too-precise-timestamp: a `granularity` field carrying a finer time than declared. */
export const checkGranularity: Check = (_compiled, _record, nodes) => {
  const out: Draft[] = [];
  for (const node of nodes) {
    const declared = node.rule?.granularity;
    if (!declared) continue;
    const found = finestUnit(node.value);
    if (!found || withinGranularity(found, declared)) continue;
    out.push({
      code: 'too-precise-timestamp',
      pointer: node.pointer,
      field: node.key,
      message: `Field "${pathOf(node).join('.')}" may carry time only to the ${declared}, received a value precise to the ${found.unit === 'subsecond' ? 'sub-second' : found.unit}.`,
    });
  }
  return out;
};
