import type { Emit, KeyCtx } from '../_hit.js';
import { H } from '../keys.js';

/** Most `@` signs examined in one string. */
const MAX_AT = 32;
const NOT_TLD = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'ico', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'css', 'json', 'map',
  'txt', 'log', 'html', 'htm', 'xml', 'yml', 'yaml', 'md', 'gz', 'tgz', 'tar', 'lock', 'wasm', 'exe', 'dll', 'so',
  'py', 'rb', 'go', 'rs', 'java', 'kt', 'swift', 'local', 'localhost', 'internal', 'invalid', 'lan', 'home', 'svc',
]);

/** The `git` user at a code host (`git@github.com`, `git@gitlab.example.com`), as SSH commands and remotes write it. */
const GIT_HOST = /^git@(?:github\.com|gitlab\.[\w.-]+|bitbucket\.org|ssh\.dev\.azure\.com|[\w-]+\.git\.[\w.-]+|git\.[\w.-]+)$/i;

function isLocalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39 || c > 127;
}

function isDomainChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c > 127;
}

const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^\p{L}{2,24}$/u;

/** True when `domain` is a plausible mail domain (two or more labels, alphabetic TLD that is not a file extension). */
const ASCII_DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.){1,9}[a-zA-Z]{2,24}$/;

/** Country domains that are also file extensions (Serbia's `.rs`, Paraguay's `.py`, Moldova's `.md`, Somalia's `.so`). */
const COUNTRY_EXTENSIONS = new Set(['rs', 'py', 'md', 'so']);
/** Stems of source and doc files (`lib.rs`, `setup.py`, `README.md`): before such an extension, a file, not a mail host. */
const FILE_STEMS = /^(?:main|lib|mod|index|app|setup|readme|changelog|license|contributing|test|tests|utils?|init|__init__|build|config|server|client|cli|api|models?|views?|handlers?)$/i;

/** True when the TLD is not a file extension; a country's that is one counts unless a file stem stands before it. */
function mailTld(domain: string, tld: string): boolean {
  const lower = tld.toLowerCase();
  if (!COUNTRY_EXTENSIONS.has(lower)) return !NOT_TLD.has(lower);
  const end = domain.length - tld.length - 1;
  return !FILE_STEMS.test(domain.slice(domain.lastIndexOf('.', end - 1) + 1, end));
}

export function validDomain(domain: string): boolean {
  // A real address with `.invalid` appended, as sandboxes rewrite them (`jane@mail.com.invalid`), is still that address.
  if (domain.length > 8 && domain.slice(-8).toLowerCase() === '.invalid') {
    const inner = domain.slice(0, -8);
    return inner.includes('.') && validDomain(inner);
  }
  if (ASCII_DOMAIN.test(domain)) return mailTld(domain, domain.slice(domain.lastIndexOf('.') + 1));
  const labels = domain.split('.');
  if (labels.length < 2 || labels.length > 10) return false;
  const tld = labels[labels.length - 1] as string;
  if (!TLD.test(tld) || !mailTld(domain, tld)) return false;
  return labels.every((l) => LABEL.test(l));
}

/**
 * A local part that is a machine identifier: a UUID, or 12+ characters of hex digits (with both digits
 * and letters) in dot- or dash-separated groups, as in `<494c24196ad74220.1570726371@mx.example.org>`
 * Message-IDs and `UID:df39ede3-…@rooms.example` calendar ids. A mailbox is not named like that; an
 * all-digit local part may be a phone number at an SMS gateway and is kept.
 */
const MACHINE_LOCAL = /^(?=[0-9a-f.-]{12,64}$)(?=[^@]*\d)(?=[^@]*[a-f])[0-9a-f]+(?:[.-][0-9a-f]+)*$/i;

/** Find email addresses around each `@` (linear: each side is scanned at most 64/253 characters). */
export function findEmails(text: string, emit: Emit, seen?: (email: string) => void): void {
  let from = 0;
  for (let n = 0; n < MAX_AT; n++) {
    const at = text.indexOf('@', from);
    if (at < 0) return;
    from = at + 1;
    let s = at;
    while (s > 0 && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    // A quote before the local part delimits it (`VALUES ('jane@x.com'`), as does a leading dot or dash.
    while (s < at && (text[s] === '.' || text[s] === '-' || text[s] === "'")) s++;
    let e = at + 1;
    while (e < text.length && e - at < 253 && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    if (s === at || e === at + 1) continue;
    if (s >= 2 && text[s - 1] === '/' && text[s - 2] === '/') continue; // URL userinfo (Sentry DSN, ssh://git@…)
    if (text[e] === ':' && /[\w~/]/.test(text[e + 1] ?? '')) continue; // git@github.com:org/repo remote
    if (text.startsWith('git@', s) && GIT_HOST.test(text.slice(s, e))) continue; // `ssh -T git@github.com`: the SSH user of a code host, no mailbox
    if (text[e] === '@' || text[s - 1] === '@') continue; // pkg@scope@version, double @
    const domain = text.slice(at + 1, e);
    if (!validDomain(domain)) continue;
    if (MACHINE_LOCAL.test(text.slice(s, at))) continue; // a Message-ID or calendar UID, not a mailbox
    const email = text.slice(s, e);
    emit('EMAIL', email, 0.95);
    seen?.(email);
  }
}

const AT = String.raw`(?:\[at\]|\(at\)|\{at\}|<at>|\[@\]|\(@\))`;
const DOT = String.raw`(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\s{1,3}dot\s{1,3}|\.)`;
/** A local part, possibly with spelled-out dots (`jane dot doe`). */
const LOCAL = String.raw`[\w.+-]{1,64}(?: {1,3}dot {1,3}[\w+-]{1,64}){0,3}`;
const OBFUSCATED_STRICT = new RegExp(String.raw`(${LOCAL})\s{0,3}${AT}\s{0,3}([\w-]{1,63}(?:\s{0,3}${DOT}\s{0,3}[\w-]{1,63}){1,4})`, 'gi');
/** Under an email key, also a local part spoken as words (`kevin walsh at gmail dot com`). */
const LOCAL_WORDS = String.raw`[\w.+-]{1,64}(?: {1,3}(?:dot {1,3})?[\w+-]{1,64}){0,3}`;
const OBFUSCATED_LOOSE = new RegExp(String.raw`^\s*(${LOCAL_WORDS})\s{0,3}(?:\sat\s|\s@\s|${AT})\s{0,3}([\w-]{1,63}(?:\s{0,3}${DOT}\s{0,3}[\w-]{1,63}){1,4})\s*$`, 'i');
const DOT_WORD = /\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\bdot\b|\.)\s*/gi;

function emitObfuscated(local: string, domainText: string, emit: Emit, seen?: (email: string) => void): void {
  const domain = domainText.replace(DOT_WORD, '.');
  if (!validDomain(domain)) return;
  const email = `${local.replace(DOT_WORD, '.').replace(/ +/g, '.')}@${domain}`;
  emit('EMAIL', email, 0.85);
  seen?.(email);
}

/** Obfuscated addresses: `jane [at] gmail [dot] com` anywhere; `jane at gmail dot com` only under an email key. */
export function findObfuscatedEmails(text: string, kc: KeyCtx, emit: Emit, seen?: (email: string) => void): void {
  if ((kc.hints & H.EMAIL) !== 0 && text.length < 200) {
    const m = OBFUSCATED_LOOSE.exec(text);
    if (m) emitObfuscated(m[1] as string, m[2] as string, emit, seen);
  }
  if (text.indexOf('at]') < 0 && text.indexOf('at)') < 0 && text.indexOf('at}') < 0 && text.indexOf('at>') < 0 && text.indexOf('@]') < 0 && text.indexOf('@)') < 0) return;
  OBFUSCATED_STRICT.lastIndex = 0;
  for (let n = 0; n < 8; n++) {
    const m = OBFUSCATED_STRICT.exec(text);
    if (!m) return;
    emitObfuscated(m[1] as string, m[2] as string, emit, seen);
  }
}

/** An address typed with spaces around the `@` (`jonas.becker @ web.de`): a local part with a dot, `_` or digit, and a mail domain. */
const SPACED_AT = /(?<![\w.+-])([A-Za-z0-9][\w.+-]{0,63}) @ ([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5})(?![\w-])/g;

export function findSpacedEmails(text: string, emit: Emit): void {
  SPACED_AT.lastIndex = 0;
  for (let n = 0; n < 8; n++) {
    const m = SPACED_AT.exec(text);
    if (!m) return;
    const local = m[1] as string;
    const domain = (m[2] as string).replace(/\.$/, '');
    if (/[._\d]/.test(local) && validDomain(domain)) emit('EMAIL', `${local}@${domain}`, 0.8);
  }
}
