import { isUtf8 } from 'node:buffer';

/**
 * Peeling disguises: percent-encoding, base64 (standard and URL-safe, kept only when the bytes
 * are valid UTF-8 text), stringified JSON, and recognising stack traces. Pure helpers; the
 * scanner decides the order and bounds the depth.
 */

const PERCENT = /%[0-9A-Fa-f]{2}/;
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

/** True when a string contains at least one `%XX` escape. */
export function hasPercent(text: string): boolean {
  return text.indexOf('%') >= 0 && PERCENT.test(text);
}

/** Decode `%XX` escapes (UTF-8); invalid sequences are left as they are. Never throws. */
export function percentDecode(text: string, plusIsSpace = false): string {
  const input = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  if (!hasPercent(input)) return input;
  try {
    return decodeURIComponent(input);
  } catch {
    return input.replace(PERCENT_RUN, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Decode repeatedly (at most `max` times) until nothing changes: `%2540` → `%40` → `@`. */
export function percentDecodeAll(text: string, max = 3, plusIsSpace = false): string {
  let out = text;
  for (let i = 0; i < max; i++) {
    const next = percentDecode(out, plusIsSpace && i === 0);
    if (next === out) break;
    out = next;
  }
  return out;
}

const B64 = /^[A-Za-z0-9+/]+={0,2}$/;
const B64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const HAS_UPPER = /[A-Z]/;

/** Largest base64 string decoded (1 MiB); longer ones are not peeled. */
const MAX_B64 = 1 << 20;

/** Which base64 alphabet a whole string uses, if it could be base64 of something worth reading. */
export function base64Kind(text: string): 'base64' | 'base64url' | undefined {
  const n = text.length;
  if (n < 12 || n > MAX_B64 || n % 4 === 1) return undefined;
  // Base64 of text always has capitals; lowercase identifiers, digests and numbers do not.
  if (!HAS_UPPER.test(text) || /^[0-9a-fA-F]+$/.test(text)) return undefined;
  if (B64.test(text)) return 'base64';
  if (B64URL.test(text)) return 'base64url';
  return undefined;
}

/** True when decoded text is readable: no control characters other than whitespace. */
export function isReadableText(text: string): boolean {
  if (text.length < 4) return false;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127) letters++;
  }
  return letters >= text.length * 0.5;
}

/** Decode base64 (either alphabet) to text, or undefined when the bytes are not valid UTF-8 text. */
export function base64Text(text: string): string | undefined {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length < 4 || !isUtf8(bytes)) return undefined;
  const decoded = bytes.toString('utf8');
  return isReadableText(decoded) ? decoded : undefined;
}

const EMBEDDED_B64 = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{20,4096}={0,2}(?![A-Za-z0-9+/_=-])/g;

/** Base64 tokens inside longer text (`payload=eyJlbWFpbCI6…`), at most `max`, decoded to text. */
export function embeddedBase64(text: string, max = 4): Array<{ text: string; layer: 'base64' | 'base64url' }> {
  const out: Array<{ text: string; layer: 'base64' | 'base64url' }> = [];
  EMBEDDED_B64.lastIndex = 0;
  for (let n = 0; n < 16 && out.length < max; n++) {
    const m = EMBEDDED_B64.exec(text);
    if (!m) break;
    const kind = base64Kind(m[0]);
    if (kind === undefined || m[0].startsWith('eyJ') && m[0].includes('.')) continue;
    const decoded = base64Text(m[0]);
    if (decoded !== undefined) out.push({ text: decoded, layer: kind });
  }
  return out;
}

/** Parse a string that looks like a JSON object or array; undefined when it is not JSON. */
export function parseJsonText(text: string): unknown {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (!((first === 123 && last === 125) || (first === 91 && last === 93)) || text.length < 2) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const STACK = /\n\s{0,16}at [^\n]{1,300}(?:\(|:\d+)|Traceback \(most recent call last\)|File "[^"\n]{1,300}", line \d+|\.(?:java|kt|scala):\d+\)|^\s{0,16}at [\w$.<>]{1,200} \(|\n\s{0,16}[\w$.]{1,200}@[^\n]{1,300}:\d+:\d+|#\d+ [^\n]{1,300}\.(?:php|rb|go|rs):\d+/;

/** True when text looks like a stack trace (JS, Python, JVM, Firefox, PHP/Ruby/Go frames). */
export function isStackTrace(text: string): boolean {
  return text.length > 20 && (text.includes('\n') || text.includes('at ') || text.includes('File "')) && STACK.test(text);
}
