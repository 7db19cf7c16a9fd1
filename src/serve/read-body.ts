import type { IncomingMessage } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from 'node:zlib';
import type { Transform } from 'node:stream';

/** Size limits for one request body. */
export interface BodyLimits {
  /** Largest body as sent. */
  readonly maxBodyBytes: number;
  /** Largest body after decoding (gzip bombs stop here). */
  readonly maxDecodedBytes: number;
}

/** Why a body could not be read. */
export type BodyProblem = 'too-large' | 'decoded-too-large' | 'bad-encoding' | 'unsupported-encoding' | 'aborted';

/** The body, decoded; or why not. `rawBytes` counts bytes as sent. */
export type BodyResult =
  | { readonly ok: true; readonly body: Buffer; readonly rawBytes: number }
  | { readonly ok: false; readonly problem: BodyProblem; readonly rawBytes: number };

const DECOMPRESSORS: Readonly<Record<string, () => Transform>> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

const NO_CODINGS: readonly string[] = Object.freeze([]);

/** The content codings of a request, in the order they were applied (`identity` dropped); undefined if one is unknown. */
export function contentCodings(header: string | undefined, extra: readonly string[] = []): string[] | undefined {
  if (header === undefined && extra.length === 0) return [];
  const codings = (header ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  for (const c of extra) if (!codings.includes(c)) codings.push(c);
  if (codings.length > 3 || codings.some((c) => !Object.hasOwn(DECOMPRESSORS, c))) return undefined;
  return codings;
}

/** The codings of a request without allocating in the common case (no Content-Encoding, no query coding). */
export function requestCodings(header: string | undefined, extra: readonly string[]): readonly string[] | undefined {
  return header === undefined && extra.length === 0 ? NO_CODINGS : contentCodings(header, extra);
}

/**
 * Read a request body, counting bytes as sent and after decoding while streaming, and stop at the
 * first limit passed. After a failure the rest of the request is drained (bounded) or the socket ended.
 */
export function readBody(req: IncomingMessage, codings: readonly string[], limits: BodyLimits): Promise<BodyResult> {
  return new Promise((resolve) => readBodyThen(req, codings, limits, resolve));
}

/**
 * readBody with a callback (no promise on the hot path). Without codings the body is collected
 * straight from the request; decompressors are created only when Content-Encoding asks for them.
 */
export function readBodyThen(req: IncomingMessage, codings: readonly string[], limits: BodyLimits, onDone: (result: BodyResult) => void): void {
  if (codings.length === 0) return readPlain(req, limits, onDone);
  let rawBytes = 0;
  let decodedBytes = 0;
  let settled = false;
  const chunks: Buffer[] = [];
  const chain = codings.map((c) => DECOMPRESSORS[c]!()).reverse();
  const finish = (result: BodyResult): void => {
    if (settled) return;
    settled = true;
    if (!result.ok) abandon(req, chain, limits.maxBodyBytes);
    onDone(result);
  };
  const fail = (problem: BodyProblem): void => finish({ ok: false, problem, rawBytes });
  const collect = (chunk: Buffer): void => {
    if (settled) return;
    decodedBytes += chunk.length;
    if (decodedBytes > limits.maxDecodedBytes) return fail('decoded-too-large');
    chunks.push(chunk);
  };
  const done = (): void => finish({ ok: true, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), rawBytes });

  for (let i = 0; i < chain.length; i++) {
    const stage = chain[i]!;
    const next = chain[i + 1];
    stage.on('error', () => fail('bad-encoding'));
    if (next) stage.pipe(next);
    else {
      stage.on('data', collect);
      stage.on('end', done);
    }
  }
  const head = chain[0] as Gunzip;
  req.on('data', (chunk: Buffer) => {
    if (settled) return;
    rawBytes += chunk.length;
    if (rawBytes > limits.maxBodyBytes) return fail('too-large');
    head.write(chunk);
  });
  req.on('end', () => head.end());
  req.on('aborted', () => fail('aborted'));
  req.on('error', () => fail('aborted'));
}

/** An identity-coded body: the one chunk as it came (most bodies), else the chunks joined once. */
function readPlain(req: IncomingMessage, limits: BodyLimits, onDone: (result: BodyResult) => void): void {
  const max = Math.min(limits.maxBodyBytes, limits.maxDecodedBytes);
  let rawBytes = 0;
  let first: Buffer | undefined;
  let rest: Buffer[] | undefined;
  let settled = false;
  const fail = (problem: BodyProblem): void => {
    if (settled) return;
    settled = true;
    drainRequest(req, limits.maxBodyBytes);
    onDone({ ok: false, problem, rawBytes });
  };
  req.on('data', (chunk: Buffer) => {
    if (settled) return;
    rawBytes += chunk.length;
    if (rawBytes > max) return fail('too-large');
    if (first === undefined) first = chunk;
    else (rest ??= [first]).push(chunk);
  });
  req.on('end', () => {
    if (settled) return;
    settled = true;
    onDone({ ok: true, body: rest !== undefined ? Buffer.concat(rest, rawBytes) : (first ?? EMPTY), rawBytes });
  });
  req.on('aborted', () => fail('aborted'));
  req.on('error', () => fail('aborted'));
}

const EMPTY = Buffer.alloc(0);

/** Stop decoding and drain what the client still sends (see drainRequest). */
function abandon(req: IncomingMessage, chain: readonly Transform[], maxBodyBytes: number): void {
  for (const stage of chain) {
    stage.removeAllListeners('data');
    stage.on('error', () => undefined);
    stage.destroy();
  }
  drainRequest(req, maxBodyBytes);
}

/**
 * Discard the rest of a request body so the client can read the early answer (closing while it still
 * sends makes the kernel reset the connection, and most clients then lose the answer). Past
 * 4 × max(maxBodyBytes, 1 MiB) more bytes the socket is destroyed.
 */
export function drainRequest(req: IncomingMessage, maxBodyBytes: number): void {
  let drained = 0;
  const bound = Math.max(maxBodyBytes, 1 << 20) * 4;
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > bound) req.socket.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}
