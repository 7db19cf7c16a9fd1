import { request } from 'node:http';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

/** What a test request got back. */
export interface Reply {
  readonly status: number;
  readonly text: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly ms: number;
}

/**
 * Send one request with node:http (so bodies can be streamed and headers set freely); resolves on the
 * response even if the server closes while the body is still being sent. Fixed timeout.
 */
export function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer | Readable; timeoutMs?: number } = {}): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: options.headers ?? {}, agent: false });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no answer from ${url} in ${options.timeoutMs ?? 10_000} ms`));
    }, options.timeoutMs ?? 10_000);
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const done = (): void => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers, ms: performance.now() - started });
      };
      res.on('end', done);
      res.on('error', done);
      res.on('aborted', done);
    });
    req.on('error', (error) => {
      if (answered) return;
      clearTimeout(timer);
      reject(error);
    });
    const body = options.body;
    if (body instanceof Readable) {
      body.on('error', () => undefined);
      body.pipe(req).on('error', () => undefined);
    } else req.end(body);
  });
}

/** POST JSON text (or bytes) with a content type. */
export function postJson(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return send(url, { body, headers: { 'content-type': 'application/json', ...headers } });
}

/**
 * A gzip bomb as a stream: `megabytes` gzip members of 1 MiB of zeros each (about 1 KB compressed per
 * MiB), so 1024 of them inflate to 1 GiB. Never held in memory as a whole.
 */
export function gzipBomb(megabytes: number): { stream: Readable; compressedBytes: number } {
  const member = gzipSync(Buffer.alloc(1 << 20), { level: 9 });
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= megabytes) return void this.push(null);
      sent += 1;
      this.push(member);
    },
  });
  return { stream, compressedBytes: member.length * megabytes };
}
