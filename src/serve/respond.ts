import type { ServerResponse } from 'node:http';

const JSON_TYPE = 'application/json; charset=utf-8';

/** The error bodies the gate answers with: a fixed code, never the payload or a stack. */
export type GateErrorCode =
  | 'malformed-json'
  | 'invalid-payload'
  | 'unsupported-media-type'
  | 'unsupported-content-encoding'
  | 'bad-content-encoding'
  | 'payload-too-large'
  | 'method-not-allowed'
  | 'not-found'
  | 'internal';

/** Send `body` as JSON (no body for 204). `close` asks the client to close the connection (the body was not read). */
export function sendJson(res: ServerResponse, status: number, body: unknown, options: { close?: boolean; allow?: string } = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const headers: Record<string, string | number> = {};
  if (options.close) headers['connection'] = 'close';
  if (options.allow) headers['allow'] = options.allow;
  if (status === 204 || status === 304) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  headers['content-type'] = JSON_TYPE;
  headers['content-length'] = Buffer.byteLength(text);
  res.writeHead(status, headers);
  res.end(text);
}

/** A small fixed JSON answer with its headers built once (see prepareJson). */
export interface PreparedJson {
  readonly status: number;
  readonly text: string;
  readonly headers: Readonly<Record<string, string | number>>;
}

const prepared = new Map<string, PreparedJson>();
const MAX_PREPARED = 256;

/** A fixed JSON answer ready to send any number of times: its headers are built here, once. */
export function prepareJson(status: number, text: string): PreparedJson {
  return { status, text, headers: { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text) } };
}

/** Send a prepared answer (see prepareJson). */
export function sendPrepared(res: ServerResponse, answer: PreparedJson): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(answer.status, answer.headers);
  // A string body goes out with the header in one write (a Buffer would take a second chunk).
  res.end(answer.text);
}

/**
 * Send a small fixed JSON body (`{"error":"malformed-json"}`): its headers are built once per
 * distinct (status, text) and reused for every request.
 */
export function sendFixedJson(res: ServerResponse, status: number, text: string): void {
  const key = `${status} ${text}`;
  let answer = prepared.get(key);
  if (answer === undefined) {
    answer = prepareJson(status, text);
    if (prepared.size < MAX_PREPARED) prepared.set(key, answer);
  }
  sendPrepared(res, answer);
}

/** Send `{error: code}` with a status. */
export function sendError(res: ServerResponse, status: number, code: GateErrorCode, options?: { close?: boolean; allow?: string }): void {
  if (options === undefined) sendFixedJson(res, status, `{"error":"${code}"}`);
  else sendJson(res, status, { error: code }, options);
}

/** Send raw bytes (an empty protobuf message answers an OTLP protobuf export). */
export function sendBytes(res: ServerResponse, status: number, contentType: string, bytes: Buffer): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': contentType, 'content-length': bytes.length });
  res.end(bytes);
}
