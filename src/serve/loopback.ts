import { isIP } from 'node:net';

/** True when a URL's host is a loopback address (127.0.0.0/8, ::1, localhost): no request leaves the machine. */
export function isLoopbackUrl(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host) || /^(0{1,4}:){7}0{0,3}1$/.test(host);
  return false;
}
