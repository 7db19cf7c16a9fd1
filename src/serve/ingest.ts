import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CompiledPolicy } from '../compile/compile.js';
import type { Finding } from '../findings/finding.js';
import { assertBounded } from '../validate/bounds.js';
import { checkPayload } from '../validate/validate.js';
import { decoderFor, mediaTypeOf, type BodyDecoder, type BodyDecoding } from './body-decoders.js';
import { judgePayloads, violationBody, type GateStatuses, type Verdict } from './judge.js';
import { drainRequest, readBodyThen, requestCodings, type BodyLimits, type BodyResult } from './read-body.js';
import type { Kept, RecordStore } from './record-store.js';
import { redactHeaders, redactQuery } from './redact.js';
import { prepareJson, sendBytes, sendError, sendJson, sendPrepared, type PreparedJson } from './respond.js';
import type { Exchange, GateMode } from './types.js';

/** Everything a request handler needs from its server. */
export interface GateContext {
  readonly mode: GateMode;
  readonly compiled: CompiledPolicy | undefined;
  readonly statuses: GateStatuses;
  readonly answers: GateAnswers;
  readonly limits: BodyLimits;
  readonly decoders: Readonly<Record<string, BodyDecoder>>;
  readonly store: RecordStore;
  readonly findings: Kept<Finding>;
  readonly exchanges: Kept<Exchange>;
  /** Enforce mode: bodies read, waiting to be judged together (see EnforceBatch). */
  readonly batch: EnforceBatch;
}

const EMPTY = Buffer.alloc(0);
const PROTOBUF = /protobuf/;
const NO_EXTRA: readonly string[] = Object.freeze([]);
const GZIP_QUERY: readonly string[] = Object.freeze(['gzip']);

type Remember = (status: number, body: Buffer, bodyBytes: number, problem?: string) => void;
const forget: Remember = () => undefined;

let isoMs = -1;
let isoText = '';
let isoSecond = -1;
let isoPrefix = '';

/**
 * The current time as ISO text (`2025-01-02T03:04:05.678Z`), built at most once per millisecond; the
 * text up to the seconds is built once per second, the milliseconds appended (toISOString is slow).
 */
export function nowIso(ms = Date.now()): string {
  if (ms !== isoMs) {
    isoMs = ms;
    const second = Math.floor(ms / 1000);
    if (second !== isoSecond || isoPrefix === '') {
      const full = new Date(ms).toISOString();
      // Years past 9999 or before 0 have a longer year: keep toISOString's text as is for those.
      if (full.length !== 24) {
        isoSecond = -1;
        isoPrefix = '';
        return (isoText = full);
      }
      isoSecond = second;
      isoPrefix = full.slice(0, 20);
    }
    const milli = ms - second * 1000;
    isoText = `${isoPrefix}${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
  }
  return isoText;
}

/**
 * Handle a request to an ingest path (anything outside `/_gate/`). Never throws for bad input; the
 * body is read with a callback, and a bug while handling it answers 500.
 */
export function handleIngest(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams | undefined, ctx: GateContext): void {
  const capture = ctx.mode === 'capture';
  const queryCompression = query?.get('compression');
  const extra = queryCompression === 'gzip-js' || queryCompression === 'gzip' ? GZIP_QUERY : NO_EXTRA;
  const remember: Remember = !capture ? forget : (status, body, bodyBytes, problem) => {
    const encoding = [req.headers['content-encoding'], queryCompression].filter((e) => e !== undefined && e !== null).join(', ');
    ctx.exchanges.add({
      time: nowIso(), method: req.method ?? '', path, query: redactQuery(query), headers: redactHeaders(req.headers),
      contentType: req.headers['content-type'], contentEncoding: encoding === '' ? undefined : encoding, bodyBytes, body, status, ...(problem ? { problem } : {}),
    });
  };

  if (req.method !== 'POST') {
    if (req.method === 'OPTIONS') return void sendJson(res, 204, undefined, { allow: 'POST, OPTIONS' });
    remember(405, EMPTY, 0, 'method-not-allowed');
    return void sendError(res, 405, 'method-not-allowed', { allow: 'POST, OPTIONS' });
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > ctx.limits.maxBodyBytes) {
    remember(413, EMPTY, declared, 'too-large');
    drainRequest(req, ctx.limits.maxBodyBytes);
    return void sendError(res, 413, 'payload-too-large');
  }
  let codings = requestCodings(req.headers['content-encoding'], extra);
  if (codings === undefined) {
    if (!capture) {
      drainRequest(req, ctx.limits.maxBodyBytes);
      return void sendError(res, 415, 'unsupported-content-encoding');
    }
    codings = NO_EXTRA;
  }
  readBodyThen(req, codings, ctx.limits, (read) => {
    if (!capture && read.ok) return ctx.batch.push({ ctx, res, path, query, body: read.body, contentType: req.headers['content-type'] });
    try {
      onBody(res, ctx, path, query, read, remember, req.headers['content-type']);
    } catch {
      // A bug, not bad input: answer without any detail, never a stack.
      sendError(res, 500, 'internal', { close: true });
    }
  });
}

function onBody(res: ServerResponse, ctx: GateContext, path: string, query: URLSearchParams | undefined, read: BodyResult, remember: Remember, contentType: string | undefined): void {
  const capture = ctx.mode === 'capture';
  if (!read.ok) {
    if (read.problem === 'aborted') return;
    const status = read.problem === 'bad-encoding' ? (capture ? 200 : 400) : 413;
    remember(status, EMPTY, read.rawBytes, read.problem);
    if (status === 413) return void sendError(res, 413, 'payload-too-large');
    return void (capture ? sendJson(res, 200, { status: 'captured' }) : sendError(res, 400, 'bad-content-encoding'));
  }
  const media = mediaTypeOf(contentType);
  const decoding = decodeBody(ctx, read.body, media, query);
  captureBody(res, ctx, path, decoding, media, (status, problem) => remember(status, read.body, read.rawBytes, problem));
}

function decodeBody(ctx: GateContext, body: Buffer, media: string, query: URLSearchParams | undefined): BodyDecoding {
  const decoder = decoderFor(media, ctx.decoders);
  return decoder ? decoder(body, { query }) : { kind: 'unsupported' };
}

/** What enforce mode answers one request: an error code or the policy's verdict. */
export type Outcome = { readonly error: 400 | 415; readonly code: 'malformed-json' | 'unsupported-media-type' } | { readonly error?: undefined; readonly verdict: Verdict };

/** Decode and judge one enforce-mode body (no I/O). */
function decide(ctx: GateContext, path: string, query: URLSearchParams | undefined, body: Buffer, contentType: string | undefined): Outcome {
  const decoding = decodeBody(ctx, body, mediaTypeOf(contentType), query);
  if (decoding.kind === 'malformed') return { error: 400, code: 'malformed-json' };
  if (decoding.kind !== 'payloads') return { error: 415, code: 'unsupported-media-type' };
  return { verdict: judgePayloads(ctx.compiled!, decoding.payloads, path) };
}

/** Record an enforce-mode outcome (findings, accepted records) and answer it. */
function answer(res: ServerResponse, ctx: GateContext, path: string, outcome: Outcome): void {
  if (outcome.error !== undefined) return sendError(res, outcome.error, outcome.code);
  const verdict = outcome.verdict;
  const findings = verdict.findings;
  for (let i = 0; i < findings.length; i++) ctx.findings.add(findings[i]!);
  switch (verdict.kind) {
    case 'invalid':
      return sendError(res, 400, 'invalid-payload');
    case 'rejected':
      return sendJson(res, ctx.statuses.reject, violationBody(findings));
    case 'discarded':
      return sendPrepared(res, ctx.answers.discarded);
    case 'accepted': {
      const time = nowIso();
      const keep = verdict.keep;
      for (let i = 0; i < keep.length; i++) {
        const p = keep[i]!;
        const meta = p.line === undefined ? { time, path } : { time, path, line: p.line };
        if (p.text !== undefined) ctx.store.addText(meta, p.text);
        else ctx.store.add({ ...meta, payload: p.value });
      }
      return sendPrepared(res, acceptedAnswer(ctx, keep.length));
    }
  }
}

/**
 * Enforce-mode bodies waiting to be judged. A body read is queued, and every body read in the same
 * turn of the event loop is judged after it (setImmediate), all of them before any answer is sent.
 * The validator then runs on warm caches: between two requests node's HTTP and socket code evicts
 * it, which made a lone validation 2–4× slower than the same validation in a loop (see
 * "Where the time goes (receiver)" in reports/bench/results.md). A batch holds at most
 * MAX_BATCH bodies, so the first answer of a burst never waits for more than that many judgements;
 * the rest go in the next turn, after whatever I/O arrived meanwhile.
 */
/** Most bodies judged in one batch. */
export const MAX_BATCH = 64;

export class EnforceBatch {
  private readonly queue: Pending[] = [];
  private readonly run = (): void => this.flush();

  push(pending: Pending): void {
    if (this.queue.push(pending) === 1) setImmediate(this.run);
  }

  private flush(): void {
    const queue = this.queue.splice(0, MAX_BATCH);
    if (this.queue.length > 0) setImmediate(this.run);
    for (const p of queue) {
      try {
        p.outcome = decide(p.ctx, p.path, p.query, p.body, p.contentType);
      } catch {
        p.outcome = undefined;
      }
    }
    for (const p of queue) {
      try {
        if (p.outcome === undefined) sendError(p.res, 500, 'internal', { close: true });
        else answer(p.res, p.ctx, p.path, p.outcome);
      } catch {
        // A bug, not bad input: answer without any detail, never a stack.
        sendError(p.res, 500, 'internal', { close: true });
      }
    }
  }
}

/** One enforce-mode request waiting in an EnforceBatch. */
export interface Pending {
  readonly ctx: GateContext;
  readonly res: ServerResponse;
  readonly path: string;
  readonly query: URLSearchParams | undefined;
  readonly body: Buffer;
  readonly contentType: string | undefined;
  outcome?: Outcome | undefined;
}

/** The fixed answers of one gate (its statuses), built once per gate. */
export interface GateAnswers {
  readonly discarded: PreparedJson;
  /** `{"status":"accepted","stored":n}` by n, filled on first use for the small n most requests have. */
  readonly accepted: PreparedJson[];
}

const MAX_PREPARED_STORED = 64;

/** The fixed answers for a gate's statuses. */
export function gateAnswers(statuses: GateStatuses): GateAnswers {
  return { discarded: prepareJson(statuses.discard, '{"status":"discarded"}'), accepted: [] };
}

function acceptedAnswer(ctx: GateContext, stored: number): PreparedJson {
  const answer = ctx.answers.accepted[stored];
  if (answer !== undefined) return answer;
  const made = prepareJson(ctx.statuses.accept, `{"status":"accepted","stored":${stored}}`);
  if (stored <= MAX_PREPARED_STORED) ctx.answers.accepted[stored] = made;
  return made;
}

/** Capture mode: keep everything that parsed (validated if a policy is given), answer 200. */
function captureBody(res: ServerResponse, ctx: GateContext, path: string, decoding: BodyDecoding, media: string, remember: (status: number, problem?: string) => void): void {
  if (decoding.kind !== 'payloads') {
    remember(200, decoding.kind === 'raw' ? undefined : decoding.kind);
    if (PROTOBUF.test(media)) return sendBytes(res, 200, media, EMPTY);
    return sendJson(res, 200, { status: 'captured' });
  }
  const time = nowIso();
  let problem: string | undefined;
  for (const p of decoding.payloads) {
    const input = path;
    try {
      assertBounded(p.value, input);
    } catch {
      problem = 'too-deep';
      continue;
    }
    try {
      if (ctx.compiled) {
        const options = p.line === undefined ? { input } : { input, line: p.line };
        for (const finding of checkPayload(ctx.compiled, p.value, options).findings) ctx.findings.add(finding);
      }
    } catch {
      problem = 'invalid-payload';
    }
    ctx.store.add(p.line === undefined ? { time, path, payload: p.value } : { time, path, line: p.line, payload: p.value });
  }
  remember(200, problem);
  sendJson(res, 200, { status: 'captured' });
}
