/** Upper bound on a parsed duration (1000 years), so hostile values cannot overflow comparisons. */
const MAX_DAYS = 365_250;

const UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:h|hrs?|hours?)$/, 1 / 24],
  [/^(?:d|days?)$/, 1],
  [/^(?:w|wks?|weeks?)$/, 7],
  [/^(?:m|mo|mos|months?)$/, 30],
  [/^(?:y|yrs?|years?)$/, 365],
];

/**
 * A retention period in days: a number of days, or a duration such as `30d`, `12 months`,
 * `1y`, `2 weeks`, `36h`. Undefined when it cannot be read.
 */
export function parseDays(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.min(value, MAX_DAYS) : undefined;
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '') return Math.min(amount, MAX_DAYS);
  const factor = UNITS.find(([pattern]) => pattern.test(unit))?.[1];
  return factor === undefined ? undefined : Math.min(amount * factor, MAX_DAYS);
}

/** A number of days for a message: `30 days`, `1 day`, `unbounded`. */
export function showDays(days: number | undefined): string {
  if (days === undefined) return 'not declared (unbounded)';
  const rounded = Math.round(days * 100) / 100;
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}
