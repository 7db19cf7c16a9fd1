import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertLoopbackOrAllowed, getUrl, isLoopbackUrl, postPayload } from '../../../src/probe/http.js';

describe('loopback guard', () => {
  it.each([
    ['http://127.0.0.1:8080/x', true],
    ['http://127.5.6.7/', true],
    ['http://localhost:3000', true],
    ['http://[::1]:9000/', true],
    ['https://api.example.com/', false],
    ['http://10.0.0.1/', false],
    ['http://[::ffff:10.0.0.1]/', false],
    ['not a url', false],
  ])('isLoopbackUrl(%s) = %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });

  it.each([
    ['https://api.example.com/', false, /api\.example\.com is not a loopback address; pass --allow-remote/],
    ['ftp://127.0.0.1/', true, /only http and https/],
    ['nope', true, /is not a URL/],
  ])('assertLoopbackOrAllowed(%s, %s) throws', (url, allow, message) => {
    expect(() => assertLoopbackOrAllowed(url, allow)).toThrow(message);
  });

  it('a remote host the user named is allowed', () => {
    expect(() => assertLoopbackOrAllowed('https://api.example.com/', true)).not.toThrow();
  });
});

let server: Server | undefined;
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  server.on('connection', (s) => sockets.add(s));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/in`;
}

describe('postPayload', () => {
  it('sends the body with its headers and returns the answer', async () => {
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => res.writeHead(202, { 'x-type': String(req.headers['content-type']) }).end(`got ${body.length} ${req.headers['authorization']}`));
    });
    const outcome = await postPayload(url, '{"a":1}', { headers: { Authorization: 'Bearer t' } });
    expect(outcome.kind === 'response' && [outcome.status, outcome.body, outcome.headers['x-type']]).toEqual([202, 'got 7 Bearer t', 'application/json']);
  });

  it('times out a receiver that never answers', async () => {
    const url = await serve(() => undefined);
    const outcome = await postPayload(url, '{}', { timeoutMs: 100 });
    expect([outcome.kind, outcome.kind === 'timeout' && outcome.reason]).toEqual(['timeout', 'gave no complete answer within 100 ms']);
  });

  it('caps the response body it keeps', async () => {
    const url = await serve((_req, res) => res.end('x'.repeat(5000)));
    const outcome = await getUrl(url, { maxResponseBytes: 100 });
    expect(outcome.kind === 'response' && [outcome.body.length, outcome.truncated]).toEqual([100, true]);
  });

  it('reports a reset connection', async () => {
    const url = await serve((req) => req.socket.destroy());
    expect((await postPayload(url, '{}')).kind).toBe('reset');
  });
});
