import type { Entity } from '../../findings/entities.js';
import type { Hit } from '../_hit.js';
import { percentDecodeAll } from '../decode.js';
import { findGravatars } from './hash.js';
import { phoneByKey } from './phone.js';
import { findSecrets, isPlaceholder } from './secrets.js';

/**
 * URLs: each part is decoded and scanned on its own. Personal data in the query string makes the
 * URL a URL_WITH_PII_QUERY (DESIGN rule 8); secrets in the query stay secrets (API_KEY, JWT,
 * PASSWORD). In the path, fragment and userinfo, and in `mailto:`/`tel:` URLs, the entity found
 * is reported as itself. Home-directory paths count only in `file:` URLs (`/home/about` on a web
 * site is not a home directory).
 */

/** Scan one decoded part with an optional key, adding a disguise layer; hits go to `sink`. */
export type ScanPart = (text: string, key: string | undefined, layer: string, sink: (hit: Hit) => void) => void;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]{1,15}):/;
const WHOLE_URL = /^(?:[a-zA-Z][a-zA-Z0-9+.-]{1,15}:\/\/[^\s]{1,8192}|(?:mailto|tel|sms):[^\s]{3,2048}|\/[^\s?#]{0,2048}\?[^\s]{1,8192})$/;
/** URLs in text: any scheme with `://` (`https`, `mongodb+srv`, `postgres`, `redis`, `amqp`…). */
const IN_TEXT = /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s"'<>`\\|{}^]{1,4096}/gi;
const SECRETS = new Set<Entity>(['API_KEY', 'JWT', 'PASSWORD']);
const MAX_PARAMS = 64;
const DIALLING_PLUS = /^\+\d/;
/**
 * A `+` inside a path segment stands for a space as in a query (`/maps/place/1600+Amphitheatre+Parkway`,
 * `/search/red+shoes`); one that starts a segment is a dialling prefix (`/call/+2348031234567`).
 */
const PATH_PLUS = /(?<=[^/])\+/g;
/** Secrets written as a whole URL (the URL is the credential): Slack incoming webhooks. */
const SECRET_URL = /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,32}$/;

/** True for `gravatar.com` and its subdomains (any case). */
function isGravatarHost(host: string): boolean {
  if (host.length < 12) return false;
  const tail = host.slice(-13).toLowerCase();
  return tail === '.gravatar.com' || (host.length === 12 && tail === 'gravatar.com');
}

/** True when the whole string is one URL (absolute, `mailto:`/`tel:`, or a path with a query). */
export function isWholeUrl(text: string): boolean {
  if (text.length < 8) return false;
  // Cheap necessary conditions of each alternative before the anchored regex reads the whole string.
  const plausible = text.charCodeAt(0) === 47 ? text.includes('?') : text.includes('://') || text.startsWith('mailto:') || text.startsWith('tel:') || text.startsWith('sms:');
  return plausible && WHOLE_URL.test(text);
}

/** URL spans inside free text, trailing punctuation trimmed. */
export function urlsInText(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  IN_TEXT.lastIndex = 0;
  for (let n = 0; n < 16; n++) {
    const m = IN_TEXT.exec(text);
    if (!m) break;
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?)\]]/.test(text[end - 1] as string)) end--;
    spans.push([m.index, end]);
  }
  return spans;
}

/** A PostgREST filter operator before the value it compares (`eq.`, `ilike.`, `not.eq.`). */
const POSTGREST_OP = /^(?:not\.)?(?:eq|neq|gt|gte|lt|lte|like|ilike|match|imatch|is|fts|plfts|phfts|wfts)\./;

function scanParams(part: string, layer: string, scan: ScanPart, sink: (hit: Hit) => void): void {
  const params = part.split(/[&;]/, MAX_PARAMS);
  for (const p of params) {
    if (p === '') continue;
    const eq = p.indexOf('=');
    const key = eq > 0 ? percentDecodeAll(p.slice(0, eq), 3, true) : undefined;
    // A PostgREST (Supabase) filter's operator is not part of its value (`?phone=eq.%2B4917612345678`).
    const written = eq >= 0 ? p.slice(eq + 1) : p;
    const op = key === undefined ? null : POSTGREST_OP.exec(written);
    const raw = op === null ? written : written.slice(op[0].length);
    // A leading `+` before a digit is a dialling prefix (`?to=+2348031234567`), not an encoded space.
    const value = DIALLING_PLUS.test(raw) ? `+${percentDecodeAll(raw.slice(1), 3, true)}` : percentDecodeAll(raw, 3, true);
    if (value.length > 0) scan(value, key, layer, sink);
  }
}

/** Analyse one URL found under `layers`, emitting hits through `out` (URL_WITH_PII_QUERY carries the whole URL as raw). */
export function analyseUrl(url: string, layers: readonly string[], scan: ScanPart, out: (hit: Hit) => void): void {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel' || scheme === 'sms') {
    const target = percentDecodeAll(url.slice(scheme.length + 1));
    if (scheme !== 'mailto') {
      const number = target.split(/[?;]/)[0] ?? '';
      phoneByKey(number, (entity, raw, confidence) => out({ entity, raw, confidence, layers: [...layers, `url-${scheme}`] }), true);
    }
    scan(target, scheme === 'mailto' ? 'email' : 'tel', `url-${scheme}`, out);
    return;
  }
  if (scheme === 'https' && SECRET_URL.test(url)) {
    out({ entity: 'API_KEY', raw: url, confidence: 0.95, layers });
    return;
  }
  let rest = scheme !== undefined ? url.slice(scheme.length + 1) : url;
  if (rest.startsWith('//') && rest.includes(';')) rest = authorityProperties(rest, scan, out);
  const ui = userinfoEnd(rest);
  const hash = rest.indexOf('#', ui);
  const fragment = hash >= 0 ? rest.slice(hash + 1) : '';
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?', ui);
  const query = q >= 0 ? rest.slice(q + 1) : '';
  if (q >= 0) rest = rest.slice(0, q);
  let path = rest;
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash >= 0 ? rest.slice(2, slash) : rest.slice(2);
    path = slash >= 0 ? rest.slice(slash) : '';
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      const userinfo = authority.slice(0, at);
      const colon = userinfo.indexOf(':');
      const password = colon >= 0 ? percentDecodeAll(userinfo.slice(colon + 1)) : '';
      if (password.length > 0 && !isPlaceholder(password)) {
        // A live token in the password slot (`https://x-access-token:ghp_…@github.com/…`) is reported as the token it is.
        let token = false;
        findSecrets(password, (entity, raw, confidence) => {
          token = true;
          out({ entity, raw, confidence, layers: [...layers, 'url-userinfo'] });
        });
        if (!token) out({ entity: 'PASSWORD', raw: password, confidence: 0.9, layers: [...layers, 'url-userinfo'] });
      }
      scan(percentDecodeAll(colon >= 0 ? userinfo.slice(0, colon) : userinfo), undefined, 'url-userinfo', out);
    }
    const host = at >= 0 ? authority.slice(at + 1) : authority;
    if (isGravatarHost(host)) findGravatars(`gravatar.com${rest.slice(2 + authority.length)}`, (entity, raw, confidence) => out({ entity, raw, confidence, layers: [...layers, 'url-path'] }));
    // `mqtt://10.0.0.0/8`: a network and its prefix length, not a host.
    if (/^\[|^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?$/.test(host) && !(host.endsWith('.0') && /^\/\d{1,2}$/.test(path))) scan(host.replace(/^\[|\](?::\d+)?$/g, ''), 'ip', 'url-host', out);
  }
  const isFile = scheme === 'file';
  if (CLICK_TO_CHAT.test(url)) {
    scan(path.slice(1), 'phone', 'url-path', out); // `https://wa.me/5541972108682`: the path is the number
  } else if (path.length > 1) {
    const sink = (hit: Hit): void => {
      if (hit.entity !== 'FILE_PATH_WITH_USERNAME' || isFile) out(hit);
    };
    scan(percentDecodeAll(path.replace(PATH_PLUS, ' ')), undefined, 'url-path', sink);
    // A segment that may be base64 (`/i/d2FuamlydV9…`, an invite or referral code) is scanned alone, so it is decoded.
    for (const seg of path.split('/', 32)) if (B64_SEGMENT.test(seg)) scan(seg, undefined, 'url-path', sink);
  }
  if (query !== '') {
    let best = 0;
    scanParams(query, 'url-query', scan, (hit) => {
      if (SECRETS.has(hit.entity)) out(hit);
      else best = Math.max(best, hit.confidence);
    });
    if (best > 0) out({ entity: 'URL_WITH_PII_QUERY', raw: url, confidence: best, layers: [...layers, 'url-query'] });
  }
  if (fragment !== '') {
    const sink = (hit: Hit): void => {
      if (hit.entity !== 'FILE_PATH_WITH_USERNAME') out(hit);
    };
    if (/^[^=\s/]{1,64}=/.test(fragment)) scanParams(fragment, 'url-fragment', scan, sink);
    else scan(percentDecodeAll(fragment), undefined, 'url-fragment', sink);
  }
}

/** A driver property after `;` (`;user=sa`, `;Password=…`). */
const PROPERTY = /;[A-Za-z][\w.-]{0,40}=/;

/**
 * Driver properties written after `;` in the authority, as JDBC drivers for SQL Server, Athena and others write
 * them (`sqlserver://db:1433;user=sa;password=…`, `awsathena://AwsRegion=…;User=…;Password=…`): each is read under
 * its key, a password holding `/` included, and what is left (`//db:1433`) is returned. A `;` after the path's
 * first `/` (`/cart;jsessionid=…`) is the path's.
 */
function authorityProperties(rest: string, scan: ScanPart, out: (hit: Hit) => void): string {
  const semi = rest.search(PROPERTY);
  if (semi < 0) return rest;
  const head = rest.slice(0, semi);
  if (/[/?#]/.test(head.slice(2))) return rest;
  const first = head.includes('=') ? `${head.slice(2)};` : '';
  scanParams(first + rest.slice(semi + 1), 'url-query', scan, out);
  return first === '' ? head : '';
}

/** A path segment shaped like base64 or base64url text: 16 or more characters, mixed case. */
const B64_SEGMENT = /^(?=[^/]*[a-z])(?=[^/]*[A-Z])[A-Za-z0-9_+-]{16,}={0,2}$/;

/**
 * A click-to-chat link whose path is a phone number: WhatsApp's (`wa.me/5541972108682`, international without its `+`),
 * Zalo's (`zalo.me/0364368475`, a Vietnamese number as dialled) and Telegram's (`t.me/+447700900123`).
 */
const CLICK_TO_CHAT = /^https?:\/\/(?:www\.)?(?:wa\.me\/|zalo\.me\/|t\.me\/\+)\d{8,15}(?:[/?#]|$)/i;

/**
 * Where a `#` may start a fragment: after the userinfo's `@` when a connection string writes a
 * password with a raw `#` (`postgres://app:pa#ss@db:5432/x`, as database drivers accept), else 0.
 */
function userinfoEnd(rest: string): number {
  if (!rest.startsWith('//')) return 0;
  const hash = rest.indexOf('#');
  const query = rest.indexOf('?');
  const mark = hash < 0 ? query : query < 0 ? hash : Math.min(hash, query);
  if (mark < 0) return 0;
  const slash = rest.indexOf('/', mark);
  const at = rest.lastIndexOf('@', slash >= 0 ? slash : rest.length);
  // `user:pa#ss@host`, `user:pa?ss@host`: a user and a password (not a port) before the mark, no query or path between it and the `@`.
  return at > mark && /^[^/?#@:]*:(?!\d*$)[^/?#@]*$/.test(rest.slice(2, mark)) && !/[=&/?]/.test(rest.slice(mark + 1, at)) ? at : 0;
}
