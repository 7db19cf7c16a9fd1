/** Envelope decoders: payloads → records with JSON pointers into the payload as written. */
export type { DecodedRecord, EnvelopeFormat, RecordKind, ScanExtra } from './types.js';
export { decodePayload } from './decode.js';
export { detectFormat, type PayloadFormat } from './detect-format.js';
export { escapePointerSegment, joinPointer, parsePointer, resolvePointer, unescapePointerSegment } from './pointer.js';
export { MAX_ANY_VALUE_DEPTH } from './otlp-value.js';
