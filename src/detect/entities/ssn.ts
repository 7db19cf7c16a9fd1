import type { Emit, KeyCtx } from '../_hit.js';
import { ssnValid } from '../checksums.js';
import { H } from '../keys.js';

/**
 * US Social Security numbers. The printed form `123-45-6789` (or with spaces) is recognised anywhere
 * when its area/group/serial are valid; nine bare digits only under an SSN key or after an SSN cue.
 */

const PRINTED = /(?<![\w+-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-]|\.\d)/g;
/**
 * A digit group and a space around a number printed with spaces (`+856 20 2436 5354`): it is part of a longer number, a
 * phone's. (PRINTED already refuses a digit right before or after it.)
 */
const GROUP_BEFORE = /\d $/;
const GROUP_AFTER = /^ \d/;
const BARE = /(?<![\w.-])\d{9}(?![\w]|[.-]\d)/g;
/** An SSN cue just before the number: `SSN: `, `social security no. `, `SSN is `, `my social is ` (as a caller says it). */
const CUE = /\b(?:ssn|social security(?: number| no\.?)?|soc\.? sec\.?|(?:my|his|her|their|the) social)\s{0,3}(?:#|no\.?|number)?(?:\s{1,2}(?:is|was))?[\s:=#-]{0,3}$/i;
/** Numbers published in advertising and documentation, never issued to a person. */
const NEVER_ISSUED = new Set(['078051120', '219099999']);

function valid(nine: string): boolean {
  return ssnValid(nine) && !NEVER_ISSUED.has(nine);
}

/** Find SSNs in text. */
export function findSsns(text: string, kc: KeyCtx, emit: Emit): void {
  const keyed = (kc.hints & H.SSN) !== 0;
  PRINTED.lastIndex = 0;
  for (let n = 0; n < 16; n++) {
    const m = PRINTED.exec(text);
    if (!m) break;
    if (m[2] === ' ' && (GROUP_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) || GROUP_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))) continue;
    if (valid(`${m[1]}${m[3]}${m[4]}`)) emit('US_SSN', m[0], keyed ? 0.95 : m[2] === '-' ? 0.85 : 0.7);
  }
  BARE.lastIndex = 0;
  for (let n = 0; n < 16; n++) {
    const m = BARE.exec(text);
    if (!m) return;
    const cued = CUE.test(text.slice(Math.max(0, m.index - 28), m.index));
    if ((cued || (keyed && m[0].length >= text.trim().length - 1)) && valid(m[0])) emit('US_SSN', m[0], 0.9);
  }
}

/** A number under an SSN key (leading zeros may have been lost). */
export function ssnFromNumber(value: number, emit: Emit): void {
  if (!Number.isInteger(value) || value <= 0 || value > 999_999_999) return;
  const nine = String(value).padStart(9, '0');
  if (valid(nine)) emit('US_SSN', nine, 0.9);
}

/** A whole value under an SSN key: nine digits, bare or printed `AAA-GG-SSSS`. */
export function ssnByKey(value: string, emit: Emit): void {
  const v = value.trim();
  if (!/^\d{3}[- ]?\d{2}[- ]?\d{4}$/.test(v)) return;
  if (valid(v.replace(/\D/g, ''))) emit('US_SSN', v, 0.95);
}
