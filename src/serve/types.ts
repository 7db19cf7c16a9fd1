import type { CompiledPolicy } from '../compile/compile.js';
import type { Finding } from '../findings/finding.js';
import type { BodyDecoder } from './body-decoders.js';

/** How the gate answers: enforce the policy (reject violations) or capture everything (never reject). */
export type GateMode = 'enforce' | 'capture';

/** Where accepted payloads go: memory only, or also appended to an NDJSON file. */
export type StoreOption = { readonly kind: 'memory' } | { readonly kind: 'ndjson'; readonly path: string };

/** Options of startGateServer. */
export interface GateServerOptions {
  /** The compiled policy; required in enforce mode, optional in capture mode (then nothing is validated). */
  readonly compiled?: CompiledPolicy;
  readonly mode: GateMode;
  /** Interface to bind (default 127.0.0.1). */
  readonly host?: string;
  /** Port (0 = any free port; default 0). */
  readonly port?: number;
  readonly store?: StoreOption;
  /** Largest request body as sent (default policy.receiver.maxBodyBytes ?? 1 MiB). */
  readonly maxBodyBytes?: number;
  /** Largest body after Content-Encoding decoding (default 8 × maxBodyBytes): cuts off gzip bombs. */
  readonly maxDecodedBytes?: number;
  /**
   * How many stored records, findings and exchanges are kept in memory (oldest dropped; default 10 000).
   * Records' JSON texts also share a 64 MiB buffer: a text that would not fit evicts the oldest first.
   */
  readonly maxKept?: number;
  /** Extra body decoders by media type (e.g. `application/x-protobuf`), overriding the built-in ones. */
  readonly decoders?: Readonly<Record<string, BodyDecoder>>;
  /** Socket timeouts in ms (defaults: headers 10 s, request 30 s, keep-alive 5 s). */
  readonly timeouts?: { readonly headersMs?: number; readonly requestMs?: number; readonly keepAliveMs?: number };
}

/** One accepted payload as stored (NDJSON line or memory entry). */
export interface StoredRecord {
  /** 1-based arrival order since start or the last reset. */
  readonly seq: number;
  /** ISO time of arrival. */
  readonly time: string;
  /** Request path, without the query. */
  readonly path: string;
  /** 1-based line of an NDJSON body. */
  readonly line?: number;
  /** The payload as parsed (its envelope intact: a PostHog batch stays a batch). */
  readonly payload: unknown;
}

/** One HTTP request as captured (capture mode): secrets in headers and query are redacted. */
export interface Exchange {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  /** Query parameters; credential-like ones redacted. */
  readonly query: Readonly<Record<string, string>>;
  /** Lower-cased headers; Authorization, Cookie, API keys and tokens redacted. */
  readonly headers: Readonly<Record<string, string>>;
  readonly contentType: string | undefined;
  /** Content-Encoding as sent, plus `gzip-js` from the query when PostHog sends it. */
  readonly contentEncoding: string | undefined;
  /** Body bytes as sent. */
  readonly bodyBytes: number;
  /** Body after Content-Encoding decoding (raw bytes for types with no decoder, e.g. protobuf). */
  readonly body: Buffer;
  /** Status the gate answered. */
  readonly status: number;
  /** Why the body could not be read or parsed, if it could not. */
  readonly problem?: string;
}

/** A running gate server. */
export interface GateServer {
  /** Base URL, e.g. `http://127.0.0.1:40123` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly mode: GateMode;
  /** Stored (accepted) payloads, oldest first. */
  records(): StoredRecord[];
  /** Findings of every validated payload (masked evidence), oldest first. */
  findings(): Finding[];
  /** Every ingest request (capture mode only; empty in enforce mode). */
  exchanges(): Exchange[];
  /** Forget records, findings and exchanges (and truncate the NDJSON store). */
  reset(): Promise<void>;
  /** Stop listening, end open connections, flush the store. */
  close(): Promise<void>;
}
