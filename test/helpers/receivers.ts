/**
 * Receivers for the fuzz tests: real node:http servers on 127.0.0.1, port 0. `correct` enforces the
 * policy; each other kind gets exactly one thing wrong.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { CompiledPolicy } from '../../src/compile/compile.js';
import { checkPayload } from '../../src/validate/validate.js';

/** Which flaw a test receiver has. */
export type ReceiverKind = 'correct' | 'accept-everything' | 'accept-opted-out' | 'crash-on-malformed' | 'hang' | 'echo-400';

/** A running test receiver. */
export interface TestReceiver {
  readonly url: string;
  /** `GET` it for the stored payloads (a JSON array). */
  readonly inspectUrl: string;
  readonly stored: unknown[];
  requests: number;
  close(): Promise<void>;
}

/** Start a test receiver of a kind for a policy. */
export async function startReceiver(compiled: CompiledPolicy, kind: ReceiverKind): Promise<TestReceiver> {
  const sockets = new Set<Socket>();
  const stored: unknown[] = [];
  const limit = compiled.policy.receiver?.maxBodyBytes ?? 1024 * 1024;
  const accept = compiled.policy.receiver?.accept?.[0] ?? 202;
  const reject = compiled.policy.receiver?.reject?.[0] ?? 422;
  const whenFalse = compiled.policy.consent?.payloadFlag?.whenFalse ?? 'discard';
  const state = { requests: 0 };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'GET' && req.url === '/_inspect') return send(res, 200, JSON.stringify(stored));
    if (req.method !== 'POST') return send(res, 405, '{"error":"method"}');
    state.requests++;
    if (kind === 'hang') return; // never answers
    const raw = await readAll(req, limit * 4);
    if (kind === 'accept-everything') return send(res, 202, '{}');
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    if (type !== 'application/json' && type !== 'application/x-ndjson') return send(res, 415, '{"error":"content type"}');
    if (raw === undefined || raw.length > limit) return send(res, 413, '{"error":"too large"}');
    let text: string;
    try {
      text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw, { maxOutputLength: limit * 8 }) : raw).toString('utf8');
    } catch {
      return send(res, 413, '{"error":"decoded body too large or not gzip"}');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (error) {
      if (kind === 'crash-on-malformed') return send(res, 500, String((error as Error).stack));
      return send(res, 400, '{"error":"malformed JSON"}');
    }
    let codes: string[];
    try {
      codes = [...new Set(checkPayload(compiled, payload, { input: 'receiver' }).findings.filter((f) => f.severity === 'error').map((f) => f.code))];
    } catch {
      return send(res, 400, '{"error":"not a payload of this policy"}');
    }
    const optedOutOnly = codes.length > 0 && codes.every((c) => c === 'opted-out-payload');
    if (optedOutOnly && kind === 'accept-opted-out') {
      stored.push(payload);
      return send(res, accept, '{}');
    }
    if (optedOutOnly && whenFalse === 'discard') return send(res, accept, '{}');
    if (codes.length > 0) return send(res, reject, kind === 'echo-400' ? text : JSON.stringify({ error: 'policy', codes }));
    stored.push(payload);
    return send(res, accept, '{}');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 400, '{"error":"bad request"}'));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    inspectUrl: `${url}/_inspect`,
    stored,
    get requests() {
      return state.requests;
    },
    set requests(n: number) {
      state.requests = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** The whole body, or undefined past `max` bytes (the rest is drained, not kept). */
function readAll(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > max ? undefined : Buffer.concat(chunks)));
    req.on('error', () => resolve(undefined));
  });
}
