import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CompiledPolicy } from '../compile/compile.js';
import type { Finding } from '../findings/finding.js';
import { assertBounded } from '../validate/bounds.js';
import { checkPayload } from '../validate/validate.js';
import { decoderFor, mediaTypeOf, type BodyDecoder, type BodyDecoding, type BodyPayload } from './body-decoders.js';
import { judgePayloads, violationBody, type GateStatuses } from './judge.js';
import { drainRequest, readBodyThen, requestCodings, type BodyLimits, type BodyResult } from './read-body.js';
import type { Kept, RecordStore } from './record-store.js';
import { redactHeaders, redactQuery } from './redact.js';
import { sendBytes, sendError, sendFixedJson, sendJson } from './respond.js';
import type { Exchange, GateMode } from './types.js';

/** Everything a request handler needs from its server. */
export interface GateContext {
  readonly mode: GateMode;
  readonly compiled: CompiledPolicy | undefined;
  readonly statuses: GateStatuses;
  readonly limits: BodyLimits;
  readonly decoders: Readonly<Record<string, BodyDecoder>>;
  readonly store: RecordStore;
  readonly findings: Kept<Finding>;
  readonly exchanges: Kept<Exchange>;
}

const EMPTY = Buffer.alloc(0);
const PROTOBUF = /protobuf/;
const NO_EXTRA: readonly string[] = Object.freeze([]);
const GZIP_QUERY: readonly string[] = Object.freeze(['gzip']);

type Remember = (status: number, body: Buffer, bodyBytes: number, problem?: string) => void;
const forget: Remember = () => undefined;

let isoMs = -1;
let isoText = '';

/** The current time as ISO text, built at most once per millisecond. */
function nowIso(): string {
  const ms = Date.now();
  if (ms !== isoMs) {
    isoMs = ms;
    isoText = new Date(ms).toISOString();
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
  const decoder = decoderFor(media, ctx.decoders);
  const decoding: BodyDecoding = decoder ? decoder(read.body, { query }) : { kind: 'unsupported' };
  if (capture) return captureBody(res, ctx, path, decoding, media, (status, problem) => remember(status, read.body, read.rawBytes, problem));
  if (decoding.kind === 'malformed') return void sendError(res, 400, 'malformed-json');
  if (decoding.kind !== 'payloads') return void sendError(res, 415, 'unsupported-media-type');
  enforce(res, ctx, path, decoding.payloads);
}

function enforce(res: ServerResponse, ctx: GateContext, path: string, payloads: readonly BodyPayload[]): void {
  const verdict = judgePayloads(ctx.compiled!, payloads, path);
  for (const finding of verdict.findings) ctx.findings.add(finding);
  switch (verdict.kind) {
    case 'invalid':
      return sendError(res, 400, 'invalid-payload');
    case 'rejected':
      return sendJson(res, ctx.statuses.reject, violationBody(verdict.findings));
    case 'discarded':
      return sendFixedJson(res, ctx.statuses.discard, '{"status":"discarded"}');
    case 'accepted': {
      const time = nowIso();
      for (const p of verdict.keep) {
        const meta = p.line === undefined ? { time, path } : { time, path, line: p.line };
        if (p.text !== undefined) ctx.store.addText(meta, p.text);
        else ctx.store.add({ ...meta, payload: p.value });
      }
      return sendFixedJson(res, ctx.statuses.accept, `{"status":"accepted","stored":${verdict.keep.length}}`);
    }
  }
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
