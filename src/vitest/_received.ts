import { isToolError, ToolError } from '../errors.js';
import { MAX_INPUT_BYTES, splitPayloads, type Payload } from '../input/read-inputs.js';
import { decodeCapturedBody } from '../probe/decode-body.js';

/** The label findings of a matcher payload carry as their `input`. */
export const RECEIVED_LABEL = 'payload';

/**
 * The payloads a matcher received: a parsed object or array as is; a JSON or NDJSON string; or a
 * Buffer / Uint8Array body (gzip, JSON, NDJSON, OTLP protobuf) decoded as the capture server does.
 * Throws a one-line ToolError that never quotes the payload.
 */
export function payloadsOf(received: unknown): Payload[] {
  if (typeof received === 'string') {
    if (received.length > MAX_INPUT_BYTES) throw new ToolError('input-too-large', `${RECEIVED_LABEL} is over the limit of ${MAX_INPUT_BYTES} characters`);
    return splitPayloads(received, RECEIVED_LABEL, 'auto');
  }
  if (received instanceof Uint8Array) return payloadsOfBytes(Buffer.from(received.buffer, received.byteOffset, received.byteLength));
  if (typeof received === 'object' && received !== null) return [{ input: RECEIVED_LABEL, value: received }];
  throw new ToolError('usage', `toComplyWith: expected an object, an array, a JSON string or a Buffer, received ${kindOf(received)}`);
}

function payloadsOfBytes(body: Buffer): Payload[] {
  if (body.length > MAX_INPUT_BYTES) throw new ToolError('input-too-large', `${RECEIVED_LABEL} is ${body.length} bytes, over the limit of ${MAX_INPUT_BYTES}`);
  const decoded = decodeCapturedBody({ contentType: undefined, contentEncoding: undefined, body, path: '' });
  if (decoded.problem === 'too-large') throw new ToolError('input-too-large', `${RECEIVED_LABEL} decompresses to more than the limit`);
  if (decoded.payloads.length > 0) {
    return decoded.payloads.map((value, i) => (decoded.payloads.length > 1 ? { input: RECEIVED_LABEL, line: i + 1, value } : { input: RECEIVED_LABEL, value }));
  }
  // Not a body the decoders read: parse it as text for a precise one-line reason (never quoting it).
  try {
    return splitPayloads(new TextDecoder('utf-8', { fatal: true }).decode(body), RECEIVED_LABEL, 'auto');
  } catch (error) {
    if (isToolError(error)) throw error;
    throw new ToolError('input-invalid', `${RECEIVED_LABEL} is neither JSON, NDJSON nor OTLP protobuf (${decoded.form})`);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return typeof value;
}
