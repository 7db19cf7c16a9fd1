/**
 * Decode a captured request body as the emitter sent it: content codings (gzip, deflate, br, PostHog's
 * `gzip-js`), JSON, NDJSON, form bodies with `data=<JSON or base64>`, a base64 `data=` query parameter,
 * and OTLP protobuf (→ OTLP/JSON). Never throws; decompression is bounded.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { decodeFormBody, decodeNdjsonBody, mediaTypeOf } from '../serve/body-decoders.js';
import { decodeOtlpProtobuf, otlpSignalOfPath } from './otlp-protobuf.js';

/** How a body was read. */
export type BodyForm = 'json' | 'ndjson' | 'form' | 'base64' | 'otlp-protobuf' | 'text' | 'binary';

/** A captured request, as the capture server records it. */
export interface CapturedBody {
  readonly contentType: string | undefined;
  readonly contentEncoding: string | undefined;
  readonly query?: URLSearchParams | Readonly<Record<string, string>> | undefined;
  readonly body: Buffer;
  readonly path: string;
}

/** What a captured body decoded to. `text` is the decoded body (and decoded `data=` query) as UTF-8, for canary search. */
export interface DecodedBody {
  readonly payloads: unknown[];
  readonly form: BodyForm;
  readonly text: string;
  /** Set when a coding could not be undone within the bound (`too-large`). */
  readonly problem?: string;
}

/** Largest body after decompression (32 MiB). */
export const MAX_DECODED_BYTES = 32 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Decode one captured body into payloads (OTLP protobuf becomes OTLP/JSON). */
export function decodeCapturedBody(input: CapturedBody, maxDecodedBytes = MAX_DECODED_BYTES): DecodedBody {
  const undone = undoCodings(input.body, input.contentEncoding, maxDecodedBytes);
  const body = undone.body;
  const problem = undone.problem ? { problem: undone.problem } : {};
  const fromQuery = queryData(input.query);
  const queryText = fromQuery.map((p) => JSON.stringify(p)).join('\n');
  const media = mediaTypeOf(input.contentType);
  const signal = otlpSignalOfPath(input.path);
  const utf8 = body.toString('utf8');
  const text = queryText === '' ? utf8 : `${utf8}\n${queryText}`;
  const done = (payloads: unknown[], form: BodyForm, extra = ''): DecodedBody =>
    ({ payloads: [...payloads, ...fromQuery], form, text: extra === '' ? text : `${text}\n${extra}`, ...problem });

  if (body.length === 0) return done([], fromQuery.length > 0 ? 'base64' : 'text');
  if (/protobuf/.test(media) || (signal !== undefined && !looksLikeText(body))) {
    const otlp = decodeOtlpProtobuf(body, signal);
    return otlp === undefined ? done([], 'binary') : done([otlp], 'otlp-protobuf', JSON.stringify(otlp));
  }
  if (media === 'application/x-www-form-urlencoded' && !looksLikeJson(utf8)) {
    const d = decodeFormBody(body, { query: toParams(input.query) });
    if (d.kind !== 'payloads') return done([], 'text');
    const values = d.payloads.map((p) => p.value);
    return done(values, 'form', JSON.stringify(values));
  }
  if (looksLikeJson(utf8)) {
    try {
      return done([JSON.parse(stripBom(utf8))], 'json');
    } catch {
      const nd = decodeNdjsonBody(body, { query: undefined });
      if (nd.kind === 'payloads') return done(nd.payloads.map((p) => p.value), 'ndjson');
      return done([], 'text');
    }
  }
  if (!looksLikeText(body)) {
    const otlp = decodeOtlpProtobuf(body);
    return otlp === undefined ? done([], 'binary') : done([otlp], 'otlp-protobuf', JSON.stringify(otlp));
  }
  return done([], 'text');
}

/** Undo the codings named in Content-Encoding (last applied first). A body the server already decoded is kept as is. */
function undoCodings(body: Buffer, header: string | undefined, max: number): { body: Buffer; problem?: string } {
  const codings = (header ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c !== '' && c !== 'identity');
  if (body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b && !codings.some((c) => c.includes('gzip'))) codings.push('gzip');
  let out = body;
  for (const coding of codings.reverse()) {
    try {
      if (coding.includes('gzip')) out = out[0] === 0x1f && out[1] === 0x8b ? gunzipSync(out, { maxOutputLength: max }) : out;
      else if (coding === 'deflate') out = out[0] === 0x78 ? inflateSync(out, { maxOutputLength: max }) : tryOr(out, () => inflateRawSync(out, { maxOutputLength: max }));
      else if (coding === 'br') out = tryOr(out, () => brotliDecompressSync(out, { maxOutputLength: max }));
    } catch (e) {
      if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { body: out, problem: 'too-large' };
    }
  }
  return { body: out };
}

function tryOr(fallback: Buffer, f: () => Buffer): Buffer {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw e;
    return fallback;
  }
}

/** Payloads of a `data=` query parameter (JSON or base64 of JSON, as older PostHog and Mixpanel clients send). */
function queryData(query: CapturedBody['query']): unknown[] {
  const data = toParams(query)?.get('data');
  if (data === undefined || data === null || data === '') return [];
  const candidates = [data, BASE64.test(data) ? Buffer.from(data.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8') : ''];
  for (const c of candidates) {
    if (!looksLikeJson(c)) continue;
    try {
      return [JSON.parse(c)];
    } catch {
      /* try the next reading */
    }
  }
  return [];
}

function toParams(query: CapturedBody['query']): URLSearchParams | undefined {
  if (query === undefined) return undefined;
  return query instanceof URLSearchParams ? query : new URLSearchParams(Object.entries(query));
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function looksLikeJson(text: string): boolean {
  const first = /\S/.exec(text.slice(0, 1024))?.[0];
  return first === '{' || first === '[';
}

/** True when the first 512 bytes hold no control bytes other than whitespace (valid-looking text). */
function looksLikeText(body: Buffer): boolean {
  const n = Math.min(body.length, 512);
  for (let i = 0; i < n; i++) {
    const b = body[i]!;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  }
  return true;
}
