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

const prepared = new Map<string, Readonly<Record<string, string | number>>>();
const MAX_PREPARED = 256;

/**
 * Send a small fixed JSON body (`{"status":"accepted","stored":1}`, `{"error":"malformed-json"}`):
 * its headers are built once per distinct (status, text) and reused for every request.
 */
export function sendFixedJson(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const key = `${status} ${text}`;
  let headers = prepared.get(key);
  if (headers === undefined) {
    headers = { 'content-type': JSON_TYPE, 'content-length': Buffer.byteLength(text) };
    if (prepared.size < MAX_PREPARED) prepared.set(key, headers);
  }
  res.writeHead(status, headers);
  // A string body goes out with the header in one write (a Buffer would take a second chunk).
  res.end(text);
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
