/** The reference receiver: enforce a policy on incoming telemetry, or capture it for the emitter probe. */
export { startGateServer, DEFAULT_MAX_BODY_BYTES } from './gate-server.js';
export type { GateServer, GateServerOptions, GateMode, StoreOption, StoredRecord, Exchange } from './types.js';
export { BODY_DECODERS, decoderFor, mediaTypeOf, type BodyDecoder, type BodyDecoding, type BodyPayload, type DecodeContext } from './body-decoders.js';
export { judgePayloads, statusesOf, violationBody, type GateStatuses, type Verdict } from './judge.js';
export { redactHeaders, redactQuery, REDACTED } from './redact.js';
export { samplePayloads, bodyFormat } from './sample-payloads.js';
export { runLoad, renderLoad, type LoadOptions, type LoadResult } from './run-load.js';
export { isLoopbackUrl } from './loopback.js';
export { tuneHeapForServing } from './tune-heap.js';
