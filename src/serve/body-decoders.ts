/**
 * Body decoders keyed by media type: a decoded body becomes parsed payloads, a body kept as raw bytes
 * (no decoder yet, e.g. OTLP protobuf), or malformed. A protobuf decoder plugs in by adding a key.
 */
import { decodeOtlpProtobufBody } from '../probe/otlp-protobuf.js';

/** One parsed payload of a body; `line` is 1-based for NDJSON bodies. */
export interface BodyPayload {
  readonly value: unknown;
  readonly line?: number;
  /** The JSON text `value` was parsed from, when there is one (stores keep it instead of the value). */
  readonly text?: string;
}

/** What a decoder made of a body. */
export type BodyDecoding =
  | { readonly kind: 'payloads'; readonly payloads: readonly BodyPayload[] }
  /** Understood but not decodable here: enforce answers 415, capture stores the bytes. */
  | { readonly kind: 'raw' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'unsupported' };

/** Context a decoder may use: the request's query (PostHog's `compression`). */
export interface DecodeContext {
  readonly query: URLSearchParams | undefined;
}

/** Decode a body of one media type. Must not throw. */
export type BodyDecoder = (body: Buffer, context: DecodeContext) => BodyDecoding;

const MALFORMED: BodyDecoding = { kind: 'malformed' };
const UNSUPPORTED: BodyDecoding = { kind: 'unsupported' };

/** Parse a JSON text; undefined-safe: malformed on any syntax error (the message, which may quote the body, is dropped). */
function jsonText(text: string): BodyDecoding {
  try {
    return { kind: 'payloads', payloads: [{ value: JSON.parse(text), text }] };
  } catch {
    return MALFORMED;
  }
}

function looksLikeJson(text: string): boolean {
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[';
}

function utf8(body: Buffer): string {
  const text = body.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `application/json` and `+json` types. */
export const decodeJsonBody: BodyDecoder = (body) => jsonText(utf8(body));

/** `text/plain` as SDKs send JSON with sendBeacon: JSON, or unsupported if it is not JSON-shaped. */
export const decodeTextBody: BodyDecoder = (body) => {
  const text = utf8(body);
  return looksLikeJson(text) ? jsonText(text) : UNSUPPORTED;
};

/** `application/x-ndjson`: one payload a non-blank line, each with its 1-based line. */
export const decodeNdjsonBody: BodyDecoder = (body) => {
  const lines = utf8(body).split('\n');
  const payloads: BodyPayload[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    try {
      payloads.push({ value: JSON.parse(line), line: i + 1, text: line });
    } catch {
      return MALFORMED;
    }
  }
  return { kind: 'payloads', payloads };
};

/**
 * `application/x-www-form-urlencoded` as posthog-js and older SDKs send it: `data=<JSON or base64 of JSON>`
 * (`compression=base64` in the form or query). A bare JSON body sent with this type (curl -d) is read as JSON.
 */
export const decodeFormBody: BodyDecoder = (body, context) => {
  const text = utf8(body);
  if (looksLikeJson(text)) return jsonText(text);
  const form = new URLSearchParams(text);
  const data = form.get('data');
  if (data === null) return MALFORMED;
  const compression = form.get('compression') ?? context.query?.get('compression');
  if (compression === 'lz64' || compression === 'lz-string') return UNSUPPORTED;
  if (looksLikeJson(data)) return jsonText(data);
  if (!/^[A-Za-z0-9+/_\-\s]*={0,2}\s*$/.test(data)) return MALFORMED;
  return jsonText(Buffer.from(data.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
};

/** Bytes with no decoder yet (OTLP protobuf): kept raw. */
export const keepRawBody: BodyDecoder = () => ({ kind: 'raw' });

/** The built-in decoders by media type (lower case, no parameters). */
export const BODY_DECODERS: Readonly<Record<string, BodyDecoder>> = {
  'application/json': decodeJsonBody,
  'text/json': decodeJsonBody,
  'text/plain': decodeTextBody,
  'application/x-ndjson': decodeNdjsonBody,
  'application/ndjson': decodeNdjsonBody,
  'application/jsonl': decodeNdjsonBody,
  'application/x-jsonlines': decodeNdjsonBody,
  'application/x-www-form-urlencoded': decodeFormBody,
  'application/x-protobuf': decodeOtlpProtobufBody,
  'application/protobuf': decodeOtlpProtobufBody,
};

/** The media type of a Content-Type header: lower case, parameters dropped ('' when absent). */
export function mediaTypeOf(header: string | undefined): string {
  if (header === undefined) return '';
  const semi = header.indexOf(';');
  return (semi < 0 ? header : header.slice(0, semi)).trim().toLowerCase();
}

/** The decoder for a media type: exact match, then any `+json`; a missing type is read as JSON. */
export function decoderFor(mediaType: string, decoders: Readonly<Record<string, BodyDecoder>> = BODY_DECODERS): BodyDecoder | undefined {
  if (Object.hasOwn(decoders, mediaType)) return decoders[mediaType];
  if (mediaType === '') return decodeJsonBody;
  if (/^[a-z]+\/[a-z0-9.+-]+\+json$/.test(mediaType)) return decodeJsonBody;
  return undefined;
}
