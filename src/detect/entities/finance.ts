import type { Emit, KeyCtx } from '../_hit.js';
import { ibanValid, luhnValid } from '../checksums.js';
import { H } from '../keys.js';

/**
 * Payment cards (issuer prefix + length + Luhn) and IBANs (country length + mod-97).
 * A 16-digit number that fails Luhn, or whose prefix no card network issues, is not a card.
 */

/**
 * Digits not glued to a word, a decimal point or a sign (after a comma they are a CSV field), except after a GDS form-of-payment card code
 * (Amadeus `FPCCVI4111…/0829`, Sabre `*AX3782…`): `CC` or `*` and the network's two letters.
 */
const CARD = /(?:(?<![\w.+-])|(?<=(?:^|[^A-Za-z0-9])(?:FP)?CC(?:VI|CA|MC|AX|DC|DS|JC|TP|UP)|\*(?:VI|CA|MC|AX|DC|DS|JC|TP)))\d(?:[ -]?\d){11,18}(?![\w]|[.-]\d)/g;

/** Words that name a payment card, in the languages of the markets served. */
const CARD_CUE = /\b(?:card|cc|visa|master ?card|amex|tarjeta|carte|karte|cart[aã]o|carta|kaart|kart)\b/i;

/** True when `digits` has a card network's issuer prefix and length. */
export function cardIssuer(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  switch (digits[0]) {
    case '4': return n === 13 || n === 16 || n === 19; // Visa
    case '5': return (p2 >= 51 && p2 <= 55 && n === 16) || ((p2 === 50 || p2 >= 56) && n >= 12 && n <= 19); // Mastercard, Maestro
    case '2': return ((p4 >= 2221 && p4 <= 2720) || (p4 >= 2200 && p4 <= 2204)) && n === 16; // Mastercard 2-series, Mir
    case '3':
      if (p2 === 34 || p2 === 37) return n === 15; // Amex
      if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
      return ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19; // Diners
    case '6': return n >= 12 && n <= 19; // Discover, UnionPay, Maestro, RuPay
    case '8': return p2 === 81 || p2 === 82 ? n === 16 : false; // RuPay
    default: return false;
  }
}

/** Separators must be one kind, in the groupings printed on cards (4-4-4-4, 4-6-5, 4-4-4-4-3). */
function groupingValid(candidate: string): boolean {
  const sep = candidate.includes(' ') ? ' ' : candidate.includes('-') ? '-' : '';
  if (sep === '') return true;
  if (candidate.includes(sep === ' ' ? '-' : ' ')) return false;
  const groups = candidate.split(sep).map((g) => g.length);
  if (groups.some((g) => g === 0)) return false;
  const shape = groups.join(',');
  if (shape === '4,6,5' || shape === '4,6,4' || shape === '4,6') return true;
  return groups.slice(0, -1).every((g) => g === 4) && (groups[groups.length - 1] as number) <= 4 && groups.length >= 3;
}

/** True when a string of digits (no separators) is a card number. */
export function cardValid(digits: string): boolean {
  return digits.length >= 12 && digits.length <= 19 && !/^(\d)\1+$/.test(digits) && cardIssuer(digits) && luhnValid(digits);
}

/** The head of a printed IBAN right before a match: two capitals, two digits, a space. */
const IBAN_HEAD = /(?:^|[^A-Za-z0-9])[A-Z]{2}\d{2} $/;

/** Find card numbers in text. */
export function findCards(text: string, kc: KeyCtx, emit: Emit): void {
  CARD.lastIndex = 0;
  let cued: boolean | undefined;
  for (let n = 0; n < 16; n++) {
    const m = CARD.exec(text);
    if (!m) return;
    // The digits after a country code and check digits (`DE26 3680 8203 …`) are the rest of an IBAN, valid or not.
    if (IBAN_HEAD.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const digits = m[0].replace(/\D/g, '');
    // Printed groupings only, but any grouping where the text speaks of a card (`it's 5375-309144-326627`, typed in a chat).
    if ((groupingValid(m[0]) || (cued ??= CARD_CUE.test(text))) && cardValid(digits)) emit('CREDIT_CARD', m[0], (kc.hints & H.CARD) !== 0 ? 0.97 : 0.9);
  }
}

const IBAN_CUE = /\biban\b/i;
const IBAN_COMPACT = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9]{11,30}(?![A-Za-z0-9])/g;
const IBAN_SPACED = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?(?![A-Za-z0-9])/g;

/** Find IBANs in text (compact or printed in groups of four). */
export function findIbans(text: string, kc: KeyCtx, emit: Emit): void {
  const keyed = (kc.hints & H.IBAN) !== 0;
  // Under an IBAN key, or after the word itself (`mi iban es es2545…`, typed in a chat), in any letter case.
  const subject = (keyed && text.length <= 50) || (text.length <= 4096 && IBAN_CUE.test(text)) ? text.toUpperCase() : text;
  for (const re of [IBAN_COMPACT, IBAN_SPACED]) {
    re.lastIndex = 0;
    for (let n = 0; n < 8; n++) {
      const m = re.exec(subject);
      if (!m) break;
      if (ibanValid(m[0])) emit('IBAN', text.slice(m.index, m.index + m[0].length), 0.97);
      else if (re === IBAN_SPACED) {
        // The group after a printed IBAN may be the next word (`iban=PL23 … 0330 rail=elixir`, upper-cased after the cue): without it.
        const shorter = m[0].slice(0, m[0].lastIndexOf(' '));
        if (ibanValid(shorter)) emit('IBAN', text.slice(m.index, m.index + shorter.length), 0.97);
      }
    }
  }
}

/** A whole value under an IBAN key, in any letter case. */
export function ibanByKey(value: string, emit: Emit): void {
  const v = value.trim();
  if (v.length >= 15 && v.length <= 42 && ibanValid(v)) emit('IBAN', v, 0.97);
}
