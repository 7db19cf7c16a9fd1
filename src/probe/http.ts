import { request as httpRequest, Agent as HttpAgent, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import { isIP } from 'node:net';
import { ToolError } from '../errors.js';

/** How one HTTP exchange ended: an answer (body capped), or a transport failure. Never thrown. */
export type HttpOutcome =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly headers: IncomingHttpHeaders;
      /** The body as text, at most `maxResponseBytes`. */
      readonly body: string;
      readonly truncated: boolean;
      readonly ms: number;
    }
  | { readonly kind: 'timeout' | 'reset' | 'refused' | 'tls' | 'error'; readonly reason: string; readonly ms: number };

/** Options of one request. */
export interface RequestOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Hard limit for the whole exchange, connection to last byte (default 5000). */
  readonly timeoutMs?: number;
  /** Largest response body kept (default 64 KiB); the rest is read and dropped, up to 16× that. */
  readonly maxResponseBytes?: number;
  /** Extra CA certificates (PEM) to trust. */
  readonly ca?: string | Buffer;
  /** Skip TLS certificate verification (the user's explicit `--insecure`). */
  readonly insecure?: boolean;
  /** Reuse connections through this agent. */
  readonly agent?: HttpAgent | HttpsAgent;
}

/** POST a body (Content-Type `application/json` unless given); resolves with the outcome, never rejects. */
export function postPayload(url: string, body: string | Buffer, options: RequestOptions & { readonly gzip?: boolean } = {}): Promise<HttpOutcome> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...lower(options.headers ?? {}) };
  if (options.gzip) headers['content-encoding'] ??= 'gzip';
  return exchange('POST', url, body, { ...options, headers });
}

/** GET a URL; resolves with the outcome, never rejects. */
export function getUrl(url: string, options: RequestOptions = {}): Promise<HttpOutcome> {
  return exchange('GET', url, undefined, options);
}

function exchange(method: string, url: string, body: string | Buffer | undefined, options: RequestOptions): Promise<HttpOutcome> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 5000;
  const cap = options.maxResponseBytes ?? 64 * 1024;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: HttpOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const elapsed = (): number => Math.round(performance.now() - started);
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    const bytes = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
    const headers = { ...lower(options.headers ?? {}), ...(bytes ? { 'content-length': String(bytes.length) } : {}) };
    const make = secure ? httpsRequest : httpRequest;
    const req = make(target, {
      method,
      headers,
      ...(options.agent ? { agent: options.agent } : {}),
      ...(secure && options.ca ? { ca: options.ca } : {}),
      ...(secure && options.insecure ? { rejectUnauthorized: false } : {}),
    });
    const timer = setTimeout(() => {
      finish({ kind: 'timeout', reason: `gave no complete answer within ${timeoutMs} ms`, ms: elapsed() });
      req.destroy();
    }, timeoutMs);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      let seen = 0;
      res.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (kept < cap) {
          const part = chunk.subarray(0, cap - kept);
          chunks.push(part);
          kept += part.length;
        }
        if (seen > cap * 16) res.destroy();
      });
      const done = (): void =>
        finish({ kind: 'response', status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), truncated: seen > kept, ms: elapsed() });
      res.on('end', done);
      res.on('close', () => (res.complete || seen > cap * 16 ? done() : finish({ kind: 'reset', reason: 'connection closed mid-answer', ms: elapsed() })));
      res.on('error', () => undefined);
    });
    req.on('error', (error: NodeJS.ErrnoException) => finish(failure(error, elapsed())));
    if (bytes) req.end(bytes);
    else req.end();
  });
}

function failure(error: NodeJS.ErrnoException, ms: number): HttpOutcome {
  const code = error.code ?? '';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH') return { kind: 'refused', reason: code, ms };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || error.message === 'socket hang up') return { kind: 'reset', reason: code || 'socket hang up', ms };
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) return { kind: 'tls', reason: code, ms };
  return { kind: 'error', reason: code || error.message.split('\n')[0]!.slice(0, 120), ms };
}

function lower(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** True when a URL's host is a loopback address (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || /^::ffff:127\./.test(host);
  return false;
}

/**
 * Refuse to send anything to a host other than loopback unless the user named it with `--allow-remote`.
 * Also refuses URLs that are not http(s).
 */
export function assertLoopbackOrAllowed(url: string, allowRemote: boolean): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ToolError('usage', `probe: "${url.slice(0, 80)}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ToolError('usage', `probe: only http and https URLs are supported, not ${parsed.protocol}`);
  if (!allowRemote && !isLoopbackUrl(url)) {
    throw new ToolError('usage', `probe: ${parsed.host} is not a loopback address; pass --allow-remote to send requests to it`);
  }
}
