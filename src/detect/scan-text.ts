import type { Emit, KeyCtx } from './_hit.js';
import { NO_KEY } from './_hit.js';
import type { Scan } from './_scan.js';
import { embeddedBase64, embeddedPercent, isStackTrace } from './decode.js';
import { findAddresses, findCasualAddresses, findCjkAddresses } from './entities/address.js';
import { findCuedBirthDates } from './entities/dob.js';
import { findEmails, findObfuscatedEmails, findSpacedEmails } from './entities/email.js';
import { cardValid, findCards, findIbans } from './entities/finance.js';
import { findCoordinates } from './entities/geo.js';
import { findGravatars } from './entities/hash.js';
import { findJwts } from './entities/jwt.js';
import { findMailboxNames, findNames, findPartyNames, findStructuredNames } from './entities/names.js';
import { findIPv4, findIPv6, findMacs } from './entities/network.js';
import { findHomePaths } from './entities/path.js';
import { findPhones } from './entities/phone.js';
import { findCuedSecrets, findSecrets, findToldPasswords, PASSWORD_WORD } from './entities/secrets.js';
import { findSsns } from './entities/ssn.js';
import { analyseUrl, urlsInText } from './entities/url.js';
import { findUserAgents } from './entities/user-agent.js';
import { findUserPathUuids } from './entities/uuid.js';
import { isTemplateRef, keyedChecks } from './keyed.js';
import { H, keyInfo } from './keys.js';
import { textPairs } from './pairs.js';
import { type Profile, profile } from './_profile.js';

/** Re-scan a decoded or extracted piece of text (scanString, injected to avoid an import cycle). */
export type Rescan = (text: string, kc: KeyCtx, scan: Scan) => void;

/** Cheap test for a number next to a capitalised word or street prefix (the shape of every address). */
const ADDRESS_GATE = /\p{Lu}[\p{L}\p{M}.'’-]*,? {1,2}(?:n[º°o]\.? ?)?\d|\d[a-zA-Z]?,? {1,2}(?:[\p{L}\p{M}\d.'’-]+ {1,2}){0,4}\p{Lu}|\b\p{Ll}{1,8}\.? {1,2}\p{Lu}[\p{L}\p{M}'’-]*(?: {1,2}[\p{L}\p{M}'’.-]+){0,4},? {1,2}\d|\p{Lu}[\p{L}\p{M}'’-]* \p{Ll}[\p{Ll}\p{M}]{1,9} {1,2}\d|s\/n/u;
/** The same for Russian, Ukrainian, Kazakh, Kyrgyz, Uzbek and Mongolian addresses (`ул. Тверская, д. 7`, `Кенесары көшесі, 40-үй`, `Navoiy ko'chasi, 8-uy`). */
const CIS_ADDRESS_GATE = /(?:^|[\s,])(?:д|буд)\. ?\d|даңғылы|көшесі|көчөсү|ko['’]chasi|гудамж|\d-(?:uy|үй|уй)/u;

/** Emitter for text hits: adds `stack-trace` or `free-text` when the hit is part of a longer text. */
function emitterFor(scan: Scan, whole: string, stack: boolean): Emit {
  return (entity, raw, confidence, extra) => {
    const layers = [...scan.layers];
    if (stack) layers.push('stack-trace');
    else if (raw.length < whole.length && SPACE.test(whole)) layers.push('free-text');
    if (extra) layers.push(extra);
    scan.sink({ entity, raw, confidence, layers });
  };
}

const SPACE = /\s/;
/** Keys that already say what a value names (a person, a place, an address): free-text name finding stays out. */
const NAMED = H.ADDRESS | H.PLACE | H.NAME | H.NAME_WEAK;
/** The word `iban` in any case: after it an IBAN may be typed in lowercase. */
const IBAN_WORD = /iban/i;
const TWO_ESCAPES = /%[0-9A-Fa-f]{2}[^\s"'<>]*%[0-9A-Fa-f]{2}/;
const HOME_GATE = /\/(?:Users|home|Home)\/|:(?:\\|\/)(?:Users|Documents)/;
const OBFUSCATED_AT = /[[({<](?:at|@)[\])}>]/i;
const BIRTH_CUE = /born|birth|dob|do[gğ]um|народжен|народи[вл]|рождени|родил[аи]?с|d\.o\.b|bday|geb|n[ée]e? le|na[șşs]terii|раждане|роден[ао]? на|nacid|nac[ií] el|nacimiento|naissance|nascita|nascimento|geboorte|urodzon|urodzenia|lahir|alizaliwa|nat[oa] il|nascid|nasci em|född|født|生年月日|誕生日|생년월일|생일|出生日期|生日/i;

/** Run the pattern detectors over trimmed, non-inert text (URLs are analysed part by part, then blanked). */
export function scanText(text: string, kc: KeyCtx, scan: Scan, rescan: Rescan): void {
  const whole = text;
  const first = profile(text);
  if (first.digits === whole.length) {
    if (whole.length >= 12 && whole.length <= 19 && cardValid(whole)) emitterFor(scan, whole, false)('CREDIT_CARD', whole, (kc.hints & H.CARD) !== 0 ? 0.97 : 0.9);
    return; // a bare number: a card or nothing (phones and SSNs need a key, checked already)
  }
  if (first.digits + first.upper + first.at + first.slash + first.colon + first.eq + first.other === 0) {
    if ((kc.hints & H.EMAIL) !== 0 || OBFUSCATED_AT.test(text)) findObfuscatedEmails(text, kc, emitterFor(scan, whole, false));
    return; // lowercase words only: nothing else can match
  }
  const url = text.includes('://');
  if (!url && !mayMatch(first, text, kc)) {
    // No detector's gate opens on this text (the common clean case): only digests are kept.
    if (first.hexRun >= 32) scan.state.hexes.push({ text, leaf: scan.state.ref(), layers: scan.layers });
    return;
  }
  const stack = (first.space > 2 || text.includes('\n')) && isStackTrace(text);
  const emit = emitterFor(scan, whole, stack);
  let rest = text;
  if (url) {
    const spans = urlsInText(text);
    for (const [s, e] of spans) {
      const layers = stack ? [...scan.layers, 'stack-trace'] : whole.length > e - s ? [...scan.layers, 'free-text'] : scan.layers;
      analyseUrl(text.slice(s, e), layers, (part, key, layer, sink) => {
        rescan(part, key === undefined ? NO_KEY : kcOf(key), { ...scan, layers: [...layers, layer], depth: scan.depth + 1, sink });
      }, scan.sink);
    }
    for (const [s, e] of spans.reverse()) rest = rest.slice(0, s) + ' '.repeat(e - s) + rest.slice(e);
  }
  // Strong formats claim their text first; weaker detectors then see it blanked out.
  let claimed = false;
  const claim: Emit = (entity, raw, confidence, extra) => {
    emit(entity, raw, confidence, extra);
    claimed = true;
    for (let i = rest.indexOf(raw), n = 0; i >= 0 && n < 8; i = rest.indexOf(raw, i + raw.length), n++) {
      rest = rest.slice(0, i) + ' '.repeat(raw.length) + rest.slice(i + raw.length);
    }
  };
  // EDIFACT segments and SWIFT MT940 subfields are read with their separators as text.
  if (interchange(rest)) rest = interchangeAsText(rest);
  let p = rest === text ? first : profile(rest);
  if ((p.eq + p.colon > 0 && p.space + p.eq > 0) || (p.other >= 3 && rest.includes('：'))) {
    // Not inside a template reference (`${POSTGRES_PASSWORD:?set it in .env}`): that is a placeholder, not pairs.
    if (!isTemplateRef(rest)) for (const pair of textPairs(rest)) keyedChecks(pair.value, pair.kc, (e, r, c) => emit(e, r, c, 'key-value'));
  }
  if (p.tokenRun >= 20 || (p.space > 0 && rest.includes('PRIVATE KEY'))) {
    findSecrets(rest, claim);
    if (p.space + p.eq + p.colon > 0) findCuedSecrets(rest, claim);
  }
  if (p.space > 0 && PASSWORD_WORD.test(rest)) findToldPasswords(rest, claim);
  if (p.dot >= 2 && p.tokenRun >= 8 && rest.includes('eyJ')) findJwts(rest, claim);
  // Before the email is claimed: a display name is read by the mailbox after it.
  if (p.at > 0 && p.upper >= 2 && rest.includes('<')) findMailboxNames(rest, emit);
  if (p.at > 0) {
    findEmails(rest, claim);
    if (rest.includes(' @ ')) findSpacedEmails(rest, claim);
  }
  if ((kc.hints & H.EMAIL) !== 0 || OBFUSCATED_AT.test(rest)) findObfuscatedEmails(rest, kc, claim);
  if (p.digits >= 2 && ((p.upper >= 2 && ibanPossible(text, kc)) || IBAN_WORD.test(text))) findIbans(rest, kc, claim);
  if (p.numRun >= 12) findCards(rest, kc, claim);
  if (p.slash > 0 && p.upper > 0) findUserAgents(rest, claim);
  if (p.slash > 0) {
    if ((kc.hints & H.WEB_PATH) === 0 && HOME_GATE.test(rest)) findHomePaths(rest, claim);
    if (p.dash >= 4) findUserPathUuids(rest, claim);
    findGravatars(text, emit);
  }
  if (claimed) {
    p = profile(rest);
    claimed = false;
  }
  if (p.colon >= 5 || p.dash >= 5 || (p.dot >= 2 && p.hexRun >= 4)) findMacs(rest, claim, (kc.hints & H.MAC) !== 0);
  if (p.colon >= 7 || (p.colon >= 2 && rest.includes('::'))) findIPv6(rest, kc, claim);
  if (p.dot >= 3 && p.numRun >= 4) findIPv4(rest, kc, claim);
  if (p.dot >= 2 && p.digits >= 8) findCoordinates(rest, claim);
  if (p.digits >= 4 && BIRTH_CUE.test(rest)) findCuedBirthDates(rest, claim);
  if (claimed) p = profile(rest);
  // Before the phone is claimed: the name is read by the number after it.
  if (p.upper >= 4 && p.numRun >= 9 && p.space >= 4 && (kc.hints & NAMED) === 0) findPartyNames(rest, emit);
  if (p.numRun >= 9) findSsns(rest, kc, claim);
  if (p.numRun >= 7) findPhones(rest, kc, claim);
  // Also in capitals (`PA 135 MILL LANE LONDON`: baggage, shipping and mainframe records write them so).
  if ((p.digits > 0 || rest.includes('s/n')) && p.space > 0 && (p.lower + p.other >= 3 || p.upper >= 8) && (kc.hints & H.ADDRESS) === 0 && (ADDRESS_GATE.test(rest) || ((p.other > 0 || rest.includes('-uy') || rest.includes('chasi')) && CIS_ADDRESS_GATE.test(rest)))) findAddresses(rest, claim);
  if (p.other >= 4 && p.digits > 0 && (kc.hints & H.ADDRESS) === 0 && (rest.includes('号') || rest.includes('號'))) findCjkAddresses(rest, claim);
  // Typed casually in lowercase: only with a postcode after the street.
  if (p.digits >= 5 && p.space >= 4 && p.lower >= 8 && (kc.hints & H.ADDRESS) === 0) findCasualAddresses(rest, claim);
  if (nameGate(p) && namesAsText(kc, rest)) findNames(rest, emit);
  if (p.upper >= 4 && (rest.includes('|') || rest.includes('NM1*') || rest.includes('/'))) findStructuredNames(rest, emit);
  // Kept for unsalted-hash correlation; searched for digests only if the value holds an email.
  if (first.hexRun >= 32) scan.state.hexes.push({ text, leaf: scan.state.ref(), layers: scan.layers });
  if (p.space > 0 && p.tokenRun >= 20 && scan.depth < 4) {
    for (const d of embeddedBase64(rest)) rescan(d.text, NO_KEY, { ...scan, layers: [...scan.layers, 'free-text', d.layer], depth: scan.depth + 1 });
  }
  // Percent-encoded tokens in text (URLs were analysed above and are blanked in `rest`).
  if (p.space > 0 && scan.depth < 4 && rest.includes('%')) {
    for (const d of embeddedPercent(rest)) rescan(d, NO_KEY, { ...scan, layers: [...scan.layers, 'free-text', 'percent'], depth: scan.depth + 1 });
  }
}

/**
 * True when at least one detector gate below can open on `text` (profile `p`, nothing claimed
 * yet): a superset of the gates in scanText, so a false answer means scanText would find nothing.
 */
function mayMatch(p: Profile, text: string, kc: KeyCtx): boolean {
  if (p.tokenRun >= 20 || p.at > 0 || p.slash > 0 || p.numRun >= 7) return true;
  if (p.space > 0 && text.includes('%') && TWO_ESCAPES.test(text)) return true;
  if (p.upper >= 4 && (text.includes('|') || text.includes('NM1*'))) return true; // a slash has opened the gate above
  if (interchange(text)) return true;
  if ((p.eq + p.colon > 0 && p.space + p.eq > 0) || (p.other >= 3 && text.includes('：'))) return true;
  if (p.digits >= 2 && ((p.upper >= 2 && ibanPossible(text, kc)) || IBAN_WORD.test(text))) return true;
  if (p.colon >= 5 || p.dash >= 5 || (p.dot >= 2 && (p.hexRun >= 4 || p.digits >= 8)) || (p.dot >= 3 && p.numRun >= 4)) return true;
  if (p.colon >= 7 || (p.colon >= 2 && text.includes('::'))) return true;
  if (nameGate(p) && namesAsText(kc, text)) return true;
  if ((p.digits > 0 || text.includes('s/n')) && p.space > 0 && (p.lower + p.other >= 3 || p.upper >= 8) && (kc.hints & H.ADDRESS) === 0) return true;
  if (p.dot >= 2 && p.tokenRun >= 8 && text.includes('eyJ')) return true;
  if (p.other >= 4 && p.digits > 0 && (text.includes('号') || text.includes('號'))) return true;
  if (p.space > 0 && text.includes('PRIVATE KEY')) return true;
  if (p.space > 0 && PASSWORD_WORD.test(text)) return true;
  if ((kc.hints & H.EMAIL) !== 0 || OBFUSCATED_AT.test(text)) return true;
  return p.digits >= 4 && BIRTH_CUE.test(text);
}

/**
 * True when free-text names are looked for: not under a key that says what the value names (a person, a place, an
 * address), except that a title or place key does not make a memorial a place (`title: Celebrating the life of
 * Wanjiru Kamau`, `notice: In loving memory of …`): words that speak of someone's life or death say people are named.
 */
function namesAsText(kc: KeyCtx, text: string): boolean {
  if ((kc.hints & NAMED) === 0) return true;
  return (kc.hints & (NAMED & ~H.PLACE)) === 0 && (MEMORIAL_CUE.test(text) || (TITLE_KEYS.has(keyInfo(kc.key ?? '').norm) && prose(text)));
}

/** Keys for a title, which names a thing (`title: Winter Appeal`) unless it holds a sentence. */
const TITLE_KEYS = new Set(['title', 'titre', 'titel', 'titulo', 'titolo']);
/** A lowercase word of two letters or more, between spaces or before punctuation. */
const LOWER_WORD = /(?<=^|\s)\p{Ll}{2,}(?=$|[\s,.;:!?])/gu;

/**
 * A sentence, not a title: four lowercase words or more (an audit log's `title: Oluwaseun Adeyemi archived the segment …`),
 * where a title in title case has its short words only (`The Old Man and the Sea`).
 */
function prose(text: string): boolean {
  LOWER_WORD.lastIndex = 0;
  for (let n = 0; n < 4; n++) if (LOWER_WORD.exec(text) === null) return false;
  return true;
}

/** Words of a memorial or a tribute, before the person's name. */
const MEMORIAL_CUE = /\b(?:life of|memory of|in memoriam|tribute to|funeral of|passing of|death of|remembering|rest in peace)\b/i;

/** Capitalised words may be in the text: Latin capitals and lowercase, or letters of other scripts (Cyrillic, Greek) between spaces. */
function nameGate(p: Profile): boolean {
  return (p.upper >= 2 && p.lower >= 2 && (p.space > 0 || p.other > 0)) || (p.other >= 4 && p.space > 0);
}

/** An EDIFACT segment tag after a segment end (`'NAD+`, `'COM+`), or a SWIFT MT940 information field (`:86:`). */
const EDIFACT = /(?:^|'\s?)(?:UN[ABHZ]|NAD|COM|CTA|BGM|LIN|IMD)\+/;

function interchange(text: string): boolean {
  return (text.includes("'") && text.includes('+') && EDIFACT.test(text)) || (text.includes(':86:') && text.includes('?')) || gedcom(text);
}

/** A GEDCOM record (genealogy): a `0 @I12@ INDI` or `0 @F3@ FAM` header, or a `1 NAME` line among others. */
const GEDCOM_RECORD = /(?:^|\n)0 @[^@\s]{1,20}@ (?:INDI|FAM)\b|\n1 NAME [^\n]*\/|^1 NAME [^\n]*\/[^\n]*\n/;

function gedcom(text: string): boolean {
  return text.includes(' NAME ') || text.includes(' INDI') || text.includes(' FAM') ? GEDCOM_RECORD.test(text) : false;
}

/** One GEDCOM line: level, optional cross-reference, tag, value. */
const GEDCOM_LINE = /^(\d{1,2}) (?:@[^@\s]{1,20}@ )?([A-Z_][A-Z0-9_]{2,14})(?: (.*))?$/;
/** GEDCOM tags read under the key that says what their value is (the others under their own name). */
const GEDCOM_KEYS: Readonly<Record<string, string>> = { NAME: 'full_name', ADDR: 'address', PLAC: 'place', PHON: 'phone', EMAIL: 'email', POST: 'postcode', CTRY: 'country', STAE: 'state' };

/**
 * A GEDCOM record as `key: "value"` lines, without its level numbers (read as house numbers otherwise): a name
 * loses its surname slashes (`1 NAME Cornelius /Murphy/` reads `full_name: "Cornelius Murphy"`), and the date of
 * a birth event is a birth date (`1 BIRT` then `2 DATE 14 MAR 1931` reads `birth_date: "14 MAR 1931"`).
 */
function gedcomAsText(text: string): string {
  const tags: string[] = [];
  return text.split('\n', 400).map((line) => {
    const m = GEDCOM_LINE.exec(line);
    if (m === null) return line;
    const level = Number(m[1]);
    const tag = m[2] as string;
    tags.length = Math.min(tags.length, level);
    tags[level] = tag;
    const value = (m[3] ?? '').trim();
    if (value === '' || value.includes('"')) return value;
    if (tag === 'NAME') return `full_name: "${value.replace(/\//g, ' ').replace(/\s+/g, ' ').trim()}"`;
    const key = tag === 'DATE' && tags[level - 1] === 'BIRT' ? 'birth_date' : (GEDCOM_KEYS[tag] ?? tag.toLowerCase());
    return `${key}: "${value}"`;
  }).join('\n');
}

/**
 * Interchange text as prose: EDIFACT's segment (`'`), element (`+`) and component (`:`) separators become a
 * line end, a comma and a space (`NAD+DP+++Hannelore Brandt+Königsallee 27'COM+0211 8353988:TE'` reads
 * `NAD, DP, , , Hannelore Brandt, Königsallee 27` and `COM, 0211 8353988 TE`), and MT940's subfield tags
 * (`?20`, `?31`) a space.
 */
const COM_PHONE = /COM\+([+\d][\d ()+-]{5,30}):(?:TE|AL|FX)'/g;

function interchangeAsText(text: string): string {
  if (gedcom(text)) return gedcomAsText(text);
  const t = text.includes(':86:') ? text.replace(/\?\d{2}/g, ' ') : text;
  if (!EDIFACT.test(t)) return t;
  // A number in a COM segment (`COM++49 151 99838825:TE'`) is a phone: said so, its `+` kept as `00`.
  const com = t.replace(COM_PHONE, (_m, n: string) => `COM tel ${n.replace(/\+/g, '00')}'`);
  return com.replace(/'/g, '\n').replace(/\+/g, ', ').replace(/:/g, ' ');
}

/** True when text could hold an IBAN: two capitals then two digits somewhere, or any case under an IBAN key. */
function ibanPossible(text: string, kc: KeyCtx): boolean {
  if ((kc.hints & H.IBAN) !== 0) return true;
  for (let i = text.length - 4; i >= 0; i--) {
    const d = text.charCodeAt(i + 3);
    if (d < 48 || d > 57) continue;
    const c = text.charCodeAt(i + 2);
    if (c < 48 || c > 57) continue;
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (a >= 65 && a <= 90 && b >= 65 && b <= 90) return true;
  }
  return false;
}

/** Key context for a key found inside a value (URL parameter, JSON in a string). */
export function kcOf(key: string): KeyCtx {
  return { key, hints: keyInfo(key).plain };
}
