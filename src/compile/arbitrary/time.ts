import fc from 'fast-check';
import type { FieldRule, Granularity } from '../../policy/types.js';
import { fitsString } from './strings.js';
import { typesOf } from './context.js';

/** How a time is written in a field. */
export type TimeForm = 'date-time' | 'date' | 'month' | 'week' | 'year' | 'epoch-ms';

const DAY_MS = 86_400_000;
const UNIT_MS: Partial<Record<Granularity, number>> = { second: 1000, minute: 60_000, hour: 3_600_000, day: DAY_MS };
/** 2020-01-01 .. 2030-12-31, as days since the epoch. */
const FIRST_DAY = 18_262;
const LAST_DAY = 22_279;
const RANK: Record<Granularity, number> = { second: 0, minute: 1, hour: 2, day: 3, week: 4, month: 5, year: 6 };

/** An instant in 2020–2030, whole milliseconds. */
const instant: fc.Arbitrary<number> = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.integer({ min: 0, max: DAY_MS - 1 }))
  .map(([day, ms]) => day * DAY_MS + ms);

/** Truncate an instant to the start of its unit (weeks start on Monday, UTC). */
export function truncate(ms: number, unit: Granularity): number {
  const step = UNIT_MS[unit];
  if (step !== undefined) return ms - (ms % step);
  const d = new Date(ms - (ms % DAY_MS));
  if (unit === 'week') return d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return Date.UTC(d.getUTCFullYear(), 0, 1);
}

/** Write an instant in a form (seconds precision for date-time unless it has milliseconds). */
export function writeTime(ms: number, form: TimeForm): string | number {
  const iso = new Date(ms).toISOString();
  switch (form) {
    case 'date-time':
      return ms % 1000 === 0 ? `${iso.slice(0, 19)}Z` : iso;
    case 'date':
      return iso.slice(0, 10);
    case 'month':
      return iso.slice(0, 7);
    case 'year':
      return iso.slice(0, 4);
    case 'week':
      return isoWeek(ms);
    case 'epoch-ms':
      return ms;
  }
}

function isoWeek(ms: number): string {
  const d = new Date(truncate(ms, 'day'));
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The finest unit a form can write. */
const FORM_FINEST: Record<TimeForm, Granularity | 'subsecond'> = {
  'date-time': 'subsecond', 'epoch-ms': 'subsecond', date: 'day', week: 'week', month: 'month', year: 'year',
};

/** The form a granularity field is written in: by format, by type, else the first form its pattern accepts. */
export function timeForm(rule: FieldRule): TimeForm | undefined {
  const types = typesOf(rule);
  if (types.length > 0 && !types.includes('string')) return 'epoch-ms';
  if (rule.format === 'date-time') return 'date-time';
  if (rule.format === 'date') return 'date';
  const probe = Date.UTC(2024, 2, 4); // a Monday, the 4th: every form can write it
  const forms: TimeForm[] = ['date-time', 'date', 'month', 'week', 'year'];
  return forms.find((form) => fitsString(rule, String(writeTime(probe, form))));
}

/** Times within a field's granularity, written in its form. */
export function conformingTime(rule: FieldRule, unit: Granularity): fc.Arbitrary<string | number> {
  const form = timeForm(rule) ?? 'date-time';
  return instant.map((ms) => writeTime(truncate(ms, unit), form));
}

/**
 * Times finer than a field's granularity, in its form; undefined when the form cannot be finer
 * (a `date` field declared to the day).
 */
export function tooPreciseTime(rule: FieldRule, unit: Granularity): fc.Arbitrary<string | number> | undefined {
  const form = timeForm(rule) ?? 'date-time';
  const finest = FORM_FINEST[form];
  if (finest !== 'subsecond' && RANK[finest] >= RANK[unit]) return undefined;
  if (unit === 'week') return instant.map((ms) => writeTime(truncate(ms, 'week') + offsetDays(ms), form));
  const finer = finerStep(unit);
  return fc
    .tuple(instant, fc.integer({ min: 1, max: finer.count - 1 }))
    .map(([ms, k]) => writeTime(finer.add(truncate(ms, unit), k), form));
}

/** Monday + 1..6 days, picked from the instant itself (so one tuple shrinks as one value). */
function offsetDays(ms: number): number {
  return (1 + (Math.floor(ms / DAY_MS) % 6)) * DAY_MS;
}

function finerStep(unit: Granularity): { count: number; add: (ms: number, k: number) => number } {
  switch (unit) {
    case 'year':
      return { count: 12, add: (ms, k) => Date.UTC(new Date(ms).getUTCFullYear(), k, 1) };
    case 'month':
      return { count: 28, add: (ms, k) => ms + k * DAY_MS };
    case 'day':
      return { count: 24, add: (ms, k) => ms + k * 3_600_000 };
    case 'hour':
      return { count: 60, add: (ms, k) => ms + k * 60_000 };
    case 'minute':
      return { count: 60, add: (ms, k) => ms + k * 1000 };
    default:
      return { count: 1000, add: (ms, k) => ms + k };
  }
}
