import { describe, expect, it } from 'vitest';
import { isLoopbackUrl } from '../../../src/serve/loopback.js';

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:8080/x', true], ['http://127.1.2.3/', true], ['http://localhost:3000', true], ['http://api.localhost/', true],
    ['http://[::1]:9000/', true], ['http://[::ffff:127.0.0.1]/', true], ['http://[::ffff:10.0.0.1]/', false], ['http://[0:0:0:0:0:0:0:1]/', true],
    ['http://10.0.0.1/', false], ['http://128.0.0.1/', false], ['http://example.com/', false], ['http://127.0.0.1.example.com/', false],
    ['http://[::2]/', false], ['http://0.0.0.0/', false], ['http://localhost.example.com/', false],
  ])('%s → %s', (url, loopback) => {
    expect(isLoopbackUrl(new URL(url))).toBe(loopback);
  });
});
