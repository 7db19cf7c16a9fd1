import type { Emit, KeyCtx } from './_hit.js';
import { NO_KEY } from './_hit.js';
import type { Scan } from './_scan.js';
import { embeddedBase64, isStackTrace } from './decode.js';
import { findAddresses } from './entities/address.js';
import { findCuedBirthDates } from './entities/dob.js';
import { findEmails, findObfuscatedEmails } from './entities/email.js';
import { findCards, findIbans } from './entities/finance.js';
import { findCoordinates } from './entities/geo.js';
import { findGravatars, hexCandidates } from './entities/hash.js';
import { findJwts } from './entities/jwt.js';
import { findNames } from './entities/names.js';
import { findIPv4, findIPv6, findMacs } from './entities/network.js';
import { findHomePaths } from './entities/path.js';
import { findPhones } from './entities/phone.js';
import { findCuedSecrets, findSecrets } from './entities/secrets.js';
import { findSsns } from './entities/ssn.js';
import { analyseUrl, urlsInText } from './entities/url.js';
import { findUserAgents } from './entities/user-agent.js';
import { findUserPathUuids } from './entities/uuid.js';
import { keyedChecks } from './keyed.js';
import { H, keyHints, normaliseKey } from './keys.js';
import { textPairs } from './pairs.js';

/** Re-scan a decoded or extracted piece of text (scanString, injected to avoid an import cycle). */
export type Rescan = (text: string, kc: KeyCtx, scan: Scan) => void;

/** Character profile of a string: one pass decides which detectors can possibly match. */
interface Profile {
  digits: number; upper: number; lower: number; space: number; at: number; colon: number;
  dot: number; dash: number; slash: number; eq: number; other: number;
}

function profile(text: string): Profile {
  const p: Profile = { digits: 0, upper: 0, lower: 0, space: 0, at: 0, colon: 0, dot: 0, dash: 0, slash: 0, eq: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) p.digits++;
    else if (c >= 97 && c <= 122) p.lower++;
    else if (c >= 65 && c <= 90) p.upper++;
    else if (c === 32 || c === 10 || c === 9 || c === 13) p.space++;
    else if (c === 64) p.at++;
    else if (c === 58) p.colon++;
    else if (c === 46) p.dot++;
    else if (c === 45) p.dash++;
    else if (c === 47 || c === 92) p.slash++;
    else if (c === 61) p.eq++;
    else if (c > 127) p.other++;
  }
  return p;
}

const BIRTH_CUE = /born|birth|dob|d\.o\.b|bday|geb|n[ée]e? le|nacid/i;

/** Run the pattern detectors over free text (URLs are analysed part by part, then blanked). */
export function scanText(text: string, kc: KeyCtx, scan: Scan, rescan: Rescan): void {
  const whole = text.trim();
  const stack = isStackTrace(text);
  const emit: Emit = (entity, raw, confidence, extra) => {
    const layers = [...scan.layers];
    if (stack) layers.push('stack-trace');
    else if (raw.length < whole.length && /\s/.test(whole)) layers.push('free-text');
    if (extra) layers.push(extra);
    scan.sink({ entity, raw, confidence, layers });
  };
  let rest = text;
  if (text.includes('://')) {
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
  const claim: Emit = (entity, raw, confidence, extra) => {
    emit(entity, raw, confidence, extra);
    for (let i = rest.indexOf(raw), n = 0; i >= 0 && n < 8; i = rest.indexOf(raw, i + raw.length), n++) {
      rest = rest.slice(0, i) + ' '.repeat(raw.length) + rest.slice(i + raw.length);
    }
  };
  const p = profile(rest);
  if (p.eq + p.colon > 0 && p.space + p.eq > 0) {
    for (const pair of textPairs(rest)) keyedChecks(pair.value, pair.kc, (e, r, c) => emit(e, r, c, 'key-value'));
  }
  if (rest.length >= 20) {
    findSecrets(rest, claim);
    findCuedSecrets(rest, claim);
  }
  if (p.dot >= 2 && rest.includes('eyJ')) findJwts(rest, claim);
  if (p.at > 0) findEmails(rest, claim);
  findObfuscatedEmails(rest, kc, claim);
  if (p.digits >= 2 && p.upper >= 2) findIbans(rest, kc, claim);
  if (p.digits >= 12) findCards(rest, kc, claim);
  if (p.slash > 0 && p.upper > 0) findUserAgents(rest, claim);
  if (p.slash > 0) {
    findHomePaths(rest, claim);
    findUserPathUuids(rest, claim);
    findGravatars(text, emit);
  }
  if (p.colon >= 5 || p.dash >= 5 || p.dot >= 2) findMacs(rest, claim);
  if (p.colon >= 2) findIPv6(rest, kc, claim);
  if (p.dot >= 3 && p.digits >= 4) findIPv4(rest, kc, claim);
  if (p.dot >= 2 && p.digits >= 8) findCoordinates(rest, claim);
  if (p.digits >= 4 && BIRTH_CUE.test(rest)) findCuedBirthDates(rest, claim);
  if (p.digits >= 9) findSsns(rest, kc, claim);
  if (p.digits >= 7) findPhones(rest, kc, claim);
  if ((p.digits > 0 || /\bs\/n\b/i.test(rest)) && p.space > 0 && p.lower + p.other >= 4 && (kc.hints & H.ADDRESS) === 0) findAddresses(rest, claim);
  if (p.upper >= 2 && p.lower >= 2 && (p.space > 0 || p.other > 0) && (kc.hints & H.ADDRESS) === 0) findNames(rest, emit);
  if (text.length >= 32 && p.digits > 0) {
    const { state } = scan;
    hexCandidates(text, (hex) => state.hexes.push({ hex, leaf: state.leaf, layers: scan.layers }));
  }
  if (p.space > 0 && rest.length >= 24 && scan.depth < 4) {
    for (const d of embeddedBase64(rest)) rescan(d.text, NO_KEY, { ...scan, layers: [...scan.layers, 'free-text', d.layer], depth: scan.depth + 1 });
  }
}

/** Key context for a key found inside a value (URL parameter, JSON in a string). */
export function kcOf(key: string, parent = ''): KeyCtx {
  return { key, hints: keyHintsOf(key, parent) };
}


function keyHintsOf(key: string, parent: string): number {
  return keyHints(normaliseKey(key), parent);
}
