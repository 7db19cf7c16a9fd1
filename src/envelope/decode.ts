/** Decode one parsed payload into logical records, choosing the envelope decoder by format or by shape. */
import { ToolError, wrapError } from '../errors.js';
import type { DecodedRecord, EnvelopeFormat } from './types.js';
import { detectFormat, type PayloadFormat } from './detect-format.js';
import { decodeOtlp } from './otlp.js';
import { decodePlain } from './plain.js';
import { decodePosthog } from './posthog.js';
import { decodeSegment } from './segment.js';

export { detectFormat } from './detect-format.js';

const DECODERS: Readonly<Record<PayloadFormat, (payload: unknown) => DecodedRecord[]>> = {
  json: decodePlain,
  posthog: decodePosthog,
  segment: decodeSegment,
  otlp: decodeOtlp,
};

/**
 * The records of one payload. `ndjson` means one line's payload and decodes like `auto`. Throws only
 * ToolError: `input-invalid` with a one-line reason when the payload does not fit its format.
 */
export function decodePayload(payload: unknown, format: EnvelopeFormat | 'auto'): DecodedRecord[] {
  const resolved = format === 'auto' || format === 'ndjson' ? detectFormat(payload) : format;
  const decoder = Object.hasOwn(DECODERS, resolved) ? DECODERS[resolved] : undefined;
  if (decoder === undefined) throw new ToolError('usage', `decode: unknown envelope format "${String(resolved).slice(0, 40)}"`);
  try {
    return decoder(payload);
  } catch (error) {
    throw wrapError('decode', 'input-invalid', error);
  }
}
