import type { Emit, KeyCtx } from '../_hit.js';
import { H, keyInfo } from '../keys.js';

/**
 * Phone numbers, from the numbering plans rather than from one generator's templates:
 * international (`+CC …` or `00CC …`, E.164 length 8–15 with national lengths checked for
 * US/CA, UK, DE, FR, IN, BR) and national formats (NANP `(415) 555-0100`, trunk-prefix `0…`
 * numbers of UK/DE/FR/IN, Brazilian `(11) 91234-5678`, Indian `98765 43210`).
 * Unseparated digit runs count only under a phone key or after a cue word (`tel`, `call`…).
 */

/**
 * Candidate runs: an optional `+`/`00`, then digits with separators, 7–26 characters (bounded). A `+`
 * may follow a `/` (`/lookup/+16468123390`), other numbers may not (dates in paths).
 */
const CANDIDATE = /(?:(?<![\w+.])(?<![\w+.-]-)(?<!^-)\+|(?<![\w+.\/-])(?<!\d:)(?:\b00)?)\(?\d[\d ().\/-]{5,24}\d(?![\w@]|[-.]\w)/g;
/**
 * Words that announce a phone number, in the languages of the markets served (`call`, `llamar al`, `appelez le`, `whats`,
 * Arabizi `3ayet`), and the words between it and the number: no digit, but those Arabizi writes as letters (`3la`).
 */
const CUE = /(?:(?:\btel|phone|\bcall|mobile|\bcell|\bfax|whatsapp|\bwhats|\bzap|\bwpp|\bsms|\bhandy|telefon|téléphone|telefone|\bring|\bdial|\btext|\bcelular|\bm[oó]vil|\btlf|\btfno|\btelp)\b|\b(?:llam[ae]\w*|truc[ao]\w*|truqu\w*|marca[rd]?|appel\w*|rappel\w*|anruf\w*|rufen|chiam\w*|richiam\w*|ligar?|bellen|zadzwo\w*|soita\w*|nipigie|piga simu|simu|kol[ei]m|ringim|bilbil\w*|taleefan\w*|[nty]?3[aei]?y{1,2}[ae]?t\w*)\b|(?:телефон|тел\.|звон|дзвон|هاتف|جوال|اتصل|טלפון|נייד|ስልክ|ተሌፎን|ቴሌፎን)[^\s\d]*)((?:[^\n\d@]|(?<=[a-z])\d|\d(?=[a-z])){0,24})$/i;
/** Words between a cue and the number that make it another number (`Phone conference ID: 587 694 782#`). */
const NOT_THE_NUMBER = /\b(?:id|pin|code|passcode|otp|conference|meeting|ticket|case|order|ref|reference|account|ext|extension)\b/i;

/** True when a phone cue word ends `before` (the text right before a candidate), naming that number. */
function cued(before: string): boolean {
  const m = CUE.exec(before);
  return (m !== null && !NOT_THE_NUMBER.test(m[1] as string)) || PARTY.test(before);
}

/**
 * `to` and `from` in the languages of the markets served, before a party in a mobile-money message, as a regex
 * source that must not follow a letter or digit (`\b` knows only ASCII letters, so it never stands before `à`).
 */
export const PARTY_WORDS = String.raw`(?<![\p{L}\p{N}_])(?:to|from|de|à|kepada|dari|kwa|kutoka)`;

/**
 * A party's full name after `to` or `from`, as mobile-money messages write the number after it (M-Pesa's
 * `sent to FAITH CHEBET 0766072507`, `received Ksh2,000.00 from Brian Otieno 0790988385`), also in brackets and in
 * the languages of the markets served (Orange Money's `reçu 5000 FCFA de Mariama Diallo (76 412 58 30)`, Touch 'n Go's
 * `kepada Nurul Aina binti Hassan (0193348271)`, Swahili `kwa`, `kutoka`).
 */
const PARTY = new RegExp(String.raw`${PARTY_WORDS} (?:\p{Lu}[\p{L}'’-]+ (?:(?:bin|binti|bint|ibn|de|da|dos|van|von|al|el) )?){1,3}\p{Lu}[\p{L}'’-]+ \(?$`, 'u');

/** National significant number lengths for the countries we know precisely. */
const NSN: Record<string, readonly [number, number]> = {
  '1': [10, 10], '44': [9, 10], '49': [6, 13], '33': [9, 9], '91': [10, 10], '55': [10, 11],
  '7': [10, 10], '39': [6, 11], '34': [9, 9], '31': [9, 9], '61': [9, 9], '81': [9, 10], '86': [10, 11],
};

/** The country code of a table (NSN, BARE_CC) that international digits start with: one, two or three digits. */
function countryCode(digits: string, table: Readonly<Record<string, readonly [number, number]>>): string | undefined {
  for (const cc of [digits.slice(0, 1), digits.slice(0, 2), digits.slice(0, 3)]) if (table[cc] !== undefined) return cc;
  return undefined;
}

function intlValid(digits: string): boolean {
  if (digits.length < 8 || digits.length > 15 || digits[0] === '0') return false;
  const cc = countryCode(digits, NSN);
  if (cc !== undefined) {
    const range = NSN[cc] as readonly [number, number];
    const rest = digits.slice(cc.length);
    const fits = (n: string): boolean => n.length >= range[0] && n.length <= range[1];
    return fits(rest) || (rest.startsWith('0') && fits(rest.slice(1))); // "+49 (0)30 …", "+49-064-…"
  }
  return digits.length >= 9;
}

const US = /^(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-])[2-9]\d{2}[ .-]\d{4}$/;
/**
 * NANP area codes no line has: N11 service codes and the unassigned or carrier-only N00 codes. Checked
 * only for digit groups separated by spaces with no key or cue (`200 312 5120` in a log is three numbers);
 * written as a phone (`900-587-7682`, `(200) 555-0100`) it stays one.
 */
const UNASSIGNED_NANP = /^(?:[2-9]11|[234679]00)$/;
const BR = /^\(\d{2,3}\) ?\d{4,5}[ -]?\d{4}$/;
const IN = /^[6-9]\d{4}[ -]\d{5}$/;
/**
 * A trunk-prefix number: `0` and an area code, then groups; only
 * the first may follow it unseparated, so `074-2833165467` (an airline ticket) is no phone. Without a key or a cue,
 * `00…` unbracketed is the international prefix, not a trunk and an area code (`00004 000008` in a spool line).
 */
const TRUNK = /^(?:\(0\d{1,5}\)|0\d{1,5})[ \/-]?\d{2,9}(?:[ \/-]\d{2,8}){0,3}$/;
/** A trunk digit, then the area code in brackets (TR `0 (532) 537 86 53`, RU `8 (991) 877-95-75`). */
const TRUNK_BRACKETS = /^[08] ?\(\d{2,5}\) ?\d{2,4}(?:[ -]\d{2,4}){1,3}$/;
/** Russia's trunk 8 in the national grouping (`8 991 877-95-75`). */
const RU_TRUNK = /^8[ -]\d{3}[ -]\d{3}[ -]\d{2}[ -]\d{2}$/;
/** The trunk 8 of Lithuania and the former Soviet plans before a national number in groups (`8 612 34567`): under a key or a cue. */
const TRUNK_EIGHT = /^8[ -]\d{2,3}[ -]\d{2,5}(?:[ -]\d{2,4}){0,2}$/;
/** An area code in brackets at the start (`(532) 537 86 53`), read as a group. */
const LEADING_AREA = /^\((\d{2,5})\) ?/;
/** A US National Drug Code (`00378-1800-01`): 4–5, 3–4 and 1–2 digits. */
const NDC = /^\d{4,5}-\d{3,4}-\d{1,2}$/;
const FR_DOTS = /^0\d(?:\.\d{2}){4}$/;
/** A trunk-prefix number in dotted groups of three or four (Vietnam's `0964.481.148`): a phone only under a key or a cue. */
const TRUNK_DOTS = /^0\d{2,4}(?:\.\d{3,4}){2}$/;
/** Belgium's slash after the zone or mobile prefix, then dotted pairs (`0496/99.73.01`, `02/512.34.56`: a zone only under a key or a cue). */
const BE_SLASH = /^0\d{1,3}\/\d{2,3}(?:\.\d{2}){2}$|^04\d{2}\/\d{2}(?:\.\d{2}){2}$/;
/** Digits in groups of two to four (`612 345 678`, `347 123 4567`). */
const GROUPED = /^\d{2,4}(?:[ .-]\d{2,4}){1,4}$/;
/** Dates (`14.03.2024`, `2024-05-01`, `2024-05`). */
const DATE_LIKE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:\D|$)|^(?:1[89]|2\d)\d{2}[./-](?:0?[1-9]|1[0-2])(?:\D|$)/;
/**
 * Four digits then a separator, as dates and many reference numbers begin: not a phone unless a key
 * or a cue says so (then `0817-7692-7180` is an Indonesian mobile, while a tracking number `0112-4920-7354` stays quiet).
 */
const FOUR_FIRST = /^\d{4}[./-]\d{2}/;
const FOUR_BY_FOUR = /^\d{4}(?:[ -]\d{4}){3,}$/;
/** National mobile numbers written from four digits: Pakistan `0316-7493898`, Kenya `0714-314-420`, Nigeria `0803-123-4567`, the Philippines `0917-555-0134`. */
const NATIONAL_MOBILE = /^0(?:3\d{2}-\d{7}|[71]\d{2}-\d{3}-\d{3}|[789][01]\d-\d{3}-\d{4}|9\d{2}-\d{3}-\d{4})$/;
const DIGIT_BY_DIGIT = /^\+?\d(?: \d){6,14}$/;
const PERSONAL_NUMBER = /^\d{6}[-+]\d{4}$/;
const IBAN_SHAPE = /[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){3,7}(?: [A-Z0-9]{1,4})?(?![A-Za-z0-9])/;

/** True when the first six digits are a date, day first (`081099`) or year first (`991008`). */
function datePart(c: string): boolean {
  const [a, b, d] = [+c.slice(0, 2), +c.slice(2, 4), +c.slice(4, 6)];
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (b >= 1 && b <= 12 && d >= 1 && d <= 31);
}

/** Validate one candidate; `keyed` allows unseparated national digit runs. */
export function phoneValid(candidate: string, keyed: boolean): boolean {
  const c = candidate.trim();
  const digits = c.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  // Spoken digit by digit after a cue or under a key (`0 7 7 2 2 1 5 7 9 1 5`): read as written together.
  if (keyed && DIGIT_BY_DIGIT.test(c)) return phoneValid(digits, true);
  if (c.startsWith('+')) return intlValid(digits) && !/^\+\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(c);
  if (c.startsWith('00') && !/[./]/.test(c) && intlValid(digits.slice(2))) return true;
  if (BE_SLASH.test(c) && (keyed || c.startsWith('04'))) return true;
  if ((DATE_LIKE.test(c) || (!keyed && FOUR_FIRST.test(c) && !NATIONAL_MOBILE.test(c))) && !FR_DOTS.test(c)) return false;
  const dot = c.includes('.');
  if (dot && keyed && TRUNK_DOTS.test(c)) return digits.length >= 10 && digits.length <= 11;
  if (dot && /[ /-]/.test(c.replace(/\) /, ')'))) return false; // mixed separators: dates, IPs, versions
  if (dot && !US.test(c) && !FR_DOTS.test(c)) return false;
  if (US.test(c)) return keyed || !/^[\d ]+$/.test(c) || !UNASSIGNED_NANP.test(digits.length === 11 ? digits.slice(1, 4) : digits.slice(0, 3));
  if (BR.test(c) || IN.test(c) || FR_DOTS.test(c)) return true;
  const separated = /[ ()\/-]/.test(c);
  if (separated && TRUNK.test(c) && (keyed || !c.startsWith('00'))) return digits.length >= 9 && digits.length <= 13;
  if (separated && (TRUNK_BRACKETS.test(c) || RU_TRUNK.test(c))) return digits.length >= 10 && digits.length <= 12;
  if (separated && keyed && TRUNK_EIGHT.test(c)) return digits.length >= 9 && digits.length <= 11;
  // Without a trunk prefix (ES `612 345 678`, PT, IT mobiles; eight digits in NO, DK, SG, HK) or separators: a
  // phone only when a key or a cue word says so.
  if (separated) return keyed && digits.length >= 7 && digits.length <= 12 && GROUPED.test(c.replace(LEADING_AREA, '$1 '));
  // Seven digits under a phone key or after a cue: a local number without its area code (US `5551234`) or a whole
  // national number (the Maldives, Fiji, Iceland: `9502403`).
  return keyed && digits.length >= 7;
}

/** Find phone numbers in text. */
export function findPhones(text: string, kc: KeyCtx, emit: Emit): void {
  const keyedWhole = (kc.hints & H.PHONE) !== 0;
  // A printed IBAN (`AE00 0331 2345 6789 0123 456`), valid or not, holds no phone in its groups.
  const iban = text.length <= 4096 ? IBAN_SHAPE.exec(text) : null;
  CANDIDATE.lastIndex = 0;
  for (let n = 0; n < 32; n++) {
    const m = CANDIDATE.exec(text);
    if (!m) return;
    let cand = m[0];
    const before = text.slice(Math.max(0, m.index - 48), m.index); // room for a party's full name (PARTY)
    if (/\d:$/.test(before) || /\d[.,]$/.test(before)) continue;
    if (iban !== null && m.index < iban.index + iban[0].length && m.index + cand.length > iban.index) continue;
    const whole = cand.length >= text.trim().length - 2;
    const keyed = (keyedWhole && whole) || cued(before) || (PAYEE_BEFORE.test(before) && bareIntl(cand.trim()) && PUBLIC_NAME_AFTER.test(text.slice(m.index + cand.length, m.index + cand.length + 64)));
    // A tracking or waybill number holds no phone, not even in part (`1Z 999 AA1 01 2345 6784`).
    if (!keyed && trackingKey(kc)) return;
    // The whole value under a key for an id (`google_ads_customer_id: 920-934-1179`) is that id, unless written with a `+`.
    if (!keyed && whole && idKey(kc) && !cand.trimStart().startsWith('+')) continue;
    if (!keyed && NDC.test(cand.trim())) continue; // a drug code, and none of its shorter cuts is a phone either
    // A Nordic personal number (`081099-4535`: a birth date and four digits) is no phone, nor any cut of it.
    if (!keyed && PERSONAL_NUMBER.test(cand.trim()) && datePart(cand.trim())) continue;
    // Four or more groups of four digits are a card, a voucher or a meter token (`0941 3294 1689 6734 8536`), not a phone.
    if (FOUR_BY_FOUR.test(cand.trim())) continue;
    // Nor is any part of a longer run of digit groups (a Swiss QR reference `08 28650 37625 33893 62415 84822`); a number
    // written with its `+` keeps the numbers after it apart (`SETEX otp:+919876543210 300 482913`).
    if (!cand.startsWith('+') && groupedDigits(text, m.index, m.index + m[0].length) > 20) continue;
    // A greedy run may swallow a neighbouring number: drop trailing groups until it validates.
    for (let k = 0; k < 4 && cand.length >= 7; k++) {
      if (phoneValid(stripParens(cand), keyed)) {
        emit('PHONE', cand.trim(), keyed ? 0.9 : 0.8);
        break;
      }
      const cut = cand.search(/[ ./-]\(?\d+\)?$/);
      if (cut <= 0) break;
      cand = cand.slice(0, cut);
    }
  }
}

/** Digits in the run of digits and single spaces around [start, end). */
function groupedDigits(text: string, start: number, end: number): number {
  const inRun = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return (c >= 48 && c <= 57) || (c === 32 && i > 0 && i + 1 < text.length && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i + 1) !== 32);
  };
  let s = start;
  let e = end;
  while (s > 0 && inRun(s - 1)) s--;
  while (e < text.length && inRun(e)) e++;
  let n = 0;
  for (let i = s; i < e; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n++;
  return n;
}

/** A key for a tracking or waybill number. */
function trackingKey(kc: KeyCtx): boolean {
  return kc.key !== undefined && /(?:tracking|trackingno|trackingnumber|trackingid|awb|waybill|consignmentno|parcelno)$/.test(keyInfo(kc.key).norm);
}

/** Keys for an id, a reference, a company or tax number or a national number (`customer_id`, `order_ref`, `supplier_acn`, `vat_no`, `sin`, `nhs_no`, `pesel`, `rodne_cislo`; whole keys only for the Philippines' `sss_no` and `tin`, Indonesia's `nik`, Malaysia's `mykad`, short enough to end other words). */
const ID_KEY = /(?:id|ids|ref|reference|refno|referentie|referenz|riferimento|referencia|referencja|abn|acn|uen|ein|siren|siret|kvk|krs|utr|vatno|vatnumber|taxno|taxnumber|companyno|companynumber|regno|registrationno|registrationnumber|sin|sinno|sinnumber|socialinsurancenumber|nino|ninumber|ppsn|ppsno|tfn|taxfilenumber|irdno|irdnumber|nhsno|nhsnumber|medicareno|medicarenumber|pesel|nip|regon|cnp|rodnecislo|birthnumber|szemelyiszam|adoazonosito|adoazonositojel|tajszam)$|^(?:sss|sssno|sssnumber|philhealth|philhealthno|philhealthnumber|tin|tinno|tinnumber|umid|umidno|pagibig|pagibigno|hdmf|hdmfno|philsys|philsysno|nik|npwp|nokk|mykad|nric|nricno|icno)$/;

/** A key naming an id or a reference (`customer_id`, `accountId`, `order_ref`) and not a phone key. */
function idKey(kc: KeyCtx): boolean {
  return kc.key !== undefined && (kc.hints & H.PHONE) === 0 && ID_KEY.test(keyInfo(kc.key).norm);
}

function stripParens(c: string): string {
  const t = c.trim();
  if (t.endsWith(')') && !t.includes('(')) return t.slice(0, -1);
  // `(06 75 68 14 96)`: the closing bracket is not part of the candidate.
  return t.startsWith('(') && !t.includes(')') ? t.slice(1) : t;
}

/** A whole value under a phone key (digits with separators, or a number); `certain` for `tel:` URIs. */
export function phoneByKey(value: string, emit: Emit, certain = false): void {
  const v = value.trim();
  if (v.length < 7 || v.length > 30 || !/^[+(]?\d[\d ().\/-]*\d$/.test(v)) return;
  const digits = v.replace(/\D/g, '').length;
  if (phoneValid(v, true) || (certain && digits >= 7 && digits <= 15)) emit('PHONE', v, 0.9);
}

/**
 * Country codes and their national number lengths, for numbers written bare in international form without a `+`
 * (`2348062626638`): only where both are known is such a run read as a number.
 */
const BARE_CC: Record<string, readonly [number, number]> = {
  '1': [10, 10], '44': [10, 10], '49': [10, 11], '33': [9, 9], '91': [10, 10], '55': [10, 11], '34': [9, 9], '39': [9, 10],
  '52': [10, 11], '57': [10, 10], '54': [10, 11], '62': [9, 12], '63': [10, 10], '90': [10, 10], '92': [10, 10],
  '20': [10, 10], '27': [9, 9], '234': [10, 10], '254': [9, 9], '233': [9, 9], '255': [9, 9], '256': [9, 9],
  '250': [9, 9], '971': [9, 9], '966': [9, 9], '880': [10, 10], '353': [8, 9],
  '258': [9, 9], '260': [9, 9], '263': [9, 9], '265': [9, 9], '244': [9, 9],
  '249': [9, 9], '251': [9, 9], '252': [8, 9], '253': [8, 8], '212': [9, 9], '213': [9, 9], '216': [8, 8], '221': [9, 9],
  '225': [10, 10], '237': [9, 9], '974': [8, 8], '965': [8, 8], '968': [8, 8], '973': [8, 8], '962': [9, 9],
  '48': [9, 9], '420': [9, 9], '421': [9, 9], '36': [8, 9], '86': [11, 11], '84': [9, 10], '66': [9, 9], '60': [9, 10],
  '65': [8, 8], '81': [10, 10], '82': [9, 10], '61': [9, 9],
};

/** True when digits are a bare international number: a country code above and its national length. */
function bareIntl(v: string): boolean {
  if (v.length < 11 || v.length > 15 || !/^[1-9]\d+$/.test(v)) return false;
  const cc = countryCode(v, BARE_CC);
  if (cc === undefined) return false;
  const range = BARE_CC[cc] as readonly [number, number];
  const n = v.length - cc.length;
  // North American numbers have an area code and an exchange that start with 2–9.
  return n >= range[0] && n <= range[1] && (cc !== '1' || /^[2-9]\d{2}[2-9]/.test(v.slice(1)));
}

/** A sender or recipient written as a bare international number (WhatsApp's `from: 2348062626638`). */
export function bareInternational(value: string, emit: Emit): void {
  const v = value.trim();
  // Also after the international call prefix `00` (`00249…`), as SMS gateways write the number.
  if (bareIntl(v) || (v.startsWith('00') && bareIntl(v.slice(2)))) emit('PHONE', v, 0.8);
}

/** ` - Hope Wangui`: a party's public name after its number, as M-Pesa writes it (`para 258841234567 - Hope Wangui`). */
const PUBLIC_NAME_AFTER = /^ - \p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+/u;
/** `to` or `from` just before that number (PARTY_WORDS, and Portuguese `para`). */
const PAYEE_BEFORE = new RegExp(String.raw`(?:${PARTY_WORDS}|\bpara) $`, 'u');
