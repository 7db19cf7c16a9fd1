import type { Emit, KeyCtx } from './_hit.js';
import { addressByKey } from './entities/address.js';
import { dobByKey, dobFromNumber } from './entities/dob.js';
import { findObfuscatedEmails } from './entities/email.js';
import { cardValid, ibanByKey } from './entities/finance.js';
import { geoByKey } from './entities/geo.js';
import { hashByKey } from './entities/hash.js';
import { nameByKey } from './entities/names.js';
import { macByKey } from './entities/network.js';
import { bareInternational, phoneByKey } from './entities/phone.js';
import { secretByKey } from './entities/secrets.js';
import { ssnByKey, ssnFromNumber } from './entities/ssn.js';
import { uuidByKey } from './entities/uuid.js';
import { H } from './keys.js';

/** The hint bits `keyedChecks` acts on: a value under a key with none of them needs no key-aware check. */
export const KEYED_HINTS = H.PASSWORD | H.SECRET | H.SSN | H.DOB | H.MAC | H.PHONE | H.EMAIL | H.NAME | H.NAME_WEAK | H.ADDRESS | H.LAT | H.LON | H.GEO | H.USER_ID | H.EMAIL_HASH | H.IBAN | H.ENDPOINT;

/** Value-level checks for values that are weak alone and identified by their key (`ssn`, `bday`, `pwd`…). */
export function keyedChecks(value: string, kc: KeyCtx, emit: Emit): void {
  const h = kc.hints;
  if ((h & KEYED_HINTS) === 0 || isTemplateRef(value)) return;
  if ((h & (H.PASSWORD | H.SECRET)) !== 0) secretByKey(value, kc, emit);
  if ((h & H.SSN) !== 0) ssnByKey(value, emit);
  if ((h & H.DOB) !== 0) dobByKey(value, emit);
  if ((h & H.MAC) !== 0) macByKey(value, emit);
  if ((h & H.PHONE) !== 0) phoneByKey(value, emit);
  else if ((h & H.ENDPOINT) !== 0) bareInternational(value, emit);
  if ((h & H.EMAIL) !== 0) findObfuscatedEmails(value, kc, emit);
  if ((h & (H.NAME | H.NAME_WEAK)) !== 0) nameByKey(value, kc, emit);
  if ((h & H.ADDRESS) !== 0) addressByKey(value, kc, emit);
  if ((h & (H.LAT | H.LON | H.GEO)) !== 0) geoByKey(value, kc, emit);
  if ((h & H.USER_ID) !== 0) uuidByKey(value, kc, emit);
  if ((h & H.EMAIL_HASH) !== 0) hashByKey(value, kc, emit);
  if ((h & H.IBAN) !== 0) ibanByKey(value, emit);
}

/**
 * A whole value (or text) that is a merge tag or template reference (`{{ person.address1 }}`, `*|FNAME|*`, `${user.email}`,
 * `%%FirstName%%`, Salesforce's `{!Contact.Email}`): the key names what will be filled in, not a value.
 */
const TEMPLATE_REF = /^\s*(?:\{\{[^{}]{1,200}\}\}|\$\{[^{}]{1,200}\}|\{![^{}]{1,200}\}|\*\|[A-Za-z0-9_:]{1,60}\|\*|%%[A-Za-z0-9_.]{1,60}%%)\s*$/;

export function isTemplateRef(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c === 123 || c === 36 || c === 42 || c === 37 || c <= 32) && TEMPLATE_REF.test(value);
}

/** Checks for a JSON number: coordinates, phone, SSN and birth date by key; card numbers by checksum. */
export function scanNumber(value: number, kc: KeyCtx, emit: Emit): void {
  if (!Number.isFinite(value)) return;
  const h = kc.hints;
  if ((h & (H.LAT | H.LON)) !== 0) geoByKey(value, kc, emit);
  // A birth date before 1970 is a negative epoch (`birth_date: -286329600`).
  if ((h & H.DOB) !== 0 && Number.isSafeInteger(value)) dobFromNumber(value, emit);
  if (!Number.isSafeInteger(value) || value < 0) return;
  // A number of seven digits under a phone key is a count (`sms: 1209344` messages an hour); a phone kept as a number
  // has eight digits or more.
  if ((h & H.PHONE) !== 0 && value >= 1e7) phoneByKey(String(value), emit);
  if ((h & H.SSN) !== 0) ssnFromNumber(value, emit);
  const digits = String(value);
  const carded = (h & H.CARD) !== 0;
  if ((carded || digits.length === 15 || digits.length === 16) && cardValid(digits)) emit('CREDIT_CARD', digits, carded ? 0.95 : 0.85);
}
