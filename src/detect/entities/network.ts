import { isIPv6 } from 'node:net';
import type { Emit, KeyCtx } from '../_hit.js';
import { H } from '../keys.js';

/**
 * IP and MAC addresses. Decision (docs/detectors.md): public and private addresses are personal;
 * loopback (127/8, ::1), unspecified (0.0.0.0, ::), broadcast/netmasks (255.x), multicast and
 * CIDR network prefixes are not. A dotted quad is a version, not an address, under a version key,
 * after `v`/`version`/`/` (as in `Chrome/120.0.0.0`), inside a longer dotted run, or when all four
 * parts are single digits (`1.2.3.4`, `8.8.8.8`-style resolver addresses are not personal either)
 * unless the key says it is an IP.
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.-])(?<![\\w)]/)${OCTET}(?:\\.${OCTET}){3}(?![\\w@]|\\.\\d|/\\d)`, 'g');
/**
 * A version word (also in Spanish, Portuguese, Italian, Dutch, Polish, Turkish) or a kind of software that is versioned
 * (`acme-sdk 2.7.14.1`, `driver 31.0.101.45`) before a dotted quad, or a version it spells out in full (`3.14.2 (3.14.2.118)`).
 */
const VERSION_CUE = /(?:(?:version|versión|versão|versao|versione|versie|wersja|sürüm|ver|build|release|rev|firmware|sdk|lib|library|module|plugin|package|pkg|driver|kernel|bios|patch|v)[\s:=#]{0,3}|\d\.\d+(?:\.\d+)* ?\()$/i;

/** Public DNS resolvers (Cloudflare, Google, Quad9, OpenDNS, AdGuard): a service's address, under any key. */
const RESOLVERS = new Set(['1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220', '94.140.14.14', '94.140.15.15']);

/** True when a dotted quad is a personal address (not loopback, unspecified, broadcast, multicast). */
export function ipv4Personal(ip: string, keyedIp: boolean): boolean {
  const parts = ip.split('.').map(Number);
  const a = parts[0] as number;
  if (a === 0 || a === 127 || a === 255 || (a >= 224 && a <= 239) || RESOLVERS.has(ip)) return false;
  if (!keyedIp && parts.every((p) => p < 10)) return false;
  return true;
}

/** Find IPv4 addresses in text. */
export function findIPv4(text: string, kc: KeyCtx, emit: Emit): void {
  if ((kc.hints & H.VERSION) !== 0 && (kc.hints & H.IP) === 0) return;
  const keyedIp = (kc.hints & H.IP) !== 0;
  // Dotted quads after a version cue are versions; so is another with the same major number in the same text
  // (`updated to v5.2.0.1 from 5.1.9.7`: the version it was upgraded from).
  const found: RegExpExecArray[] = [];
  const majors = new Set<string>();
  IPV4.lastIndex = 0;
  for (let n = 0; n < 32; n++) {
    const m = IPV4.exec(text);
    if (!m) break;
    if (VERSION_CUE.test(text.slice(Math.max(0, m.index - 12), m.index))) majors.add(m[0].slice(0, m[0].indexOf('.')));
    else found.push(m);
  }
  if (found.length > 0 && text.includes('v')) for (const v of text.matchAll(V_QUAD)) majors.add(v[1] as string);
  for (const m of found) {
    if (majors.has(m[0].slice(0, m[0].indexOf('.'))) || !ipv4Personal(m[0], keyedIp)) continue;
    emit('IP_ADDRESS', m[0], keyedIp ? 0.95 : 0.85);
  }
  // After a host and a slash, with a port (`api.kibo.app/102.33.141.92:443` in a Java error): an address, not `Chrome/120.0.0.0`.
  if (text.includes(':')) {
    HOST_SLASH_IP.lastIndex = 0;
    for (let n = 0; n < 8; n++) {
      const m = HOST_SLASH_IP.exec(text);
      if (!m) return;
      if (ipv4Personal(m[0], keyedIp)) emit('IP_ADDRESS', m[0], 0.85);
    }
  }
}

/** A version of four numbers written after a `v` (`v4.12.0.3`), which the address pattern does not match. */
const V_QUAD = /(?<![\w.])v(\d{1,3})(?:\.\d{1,5}){3}(?![\w.])/g;

const HOST_SLASH_IP = new RegExp(`(?<=[a-z]\\.[a-z]{2,24}/)${OCTET}(?:\\.${OCTET}){3}(?=:\\d{2,5}(?!\\d))`, 'g');

const IPV6 = /(?:(?<=\[IPv6:)|(?<![\w:.]))(?:[0-9A-Fa-f]{1,4}|:)?(?::[0-9A-Fa-f]{0,4}){2,8}(?::\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])/g;

/** True when an IPv6 literal is a personal address (not ::, ::1, multicast ff00::/8). */
function ipv6Personal(ip: string): boolean {
  const low = ip.toLowerCase();
  if (low === '::' || low === '::1' || low.startsWith('ff')) return false;
  if (low.startsWith('::ffff:127.') || low === '0:0:0:0:0:0:0:1' || low === '0:0:0:0:0:0:0:0') return false;
  const groups = low.split(':').filter((g) => g !== '');
  return groups.length >= 2;
}

/** Find IPv6 addresses in text (full or `::`-compressed). */
export function findIPv6(text: string, kc: KeyCtx, emit: Emit): void {
  IPV6.lastIndex = 0;
  for (let n = 0; n < 16; n++) {
    const m = IPV6.exec(text);
    if (!m) return;
    let ip = m[0];
    // `from 2001:db8::8c6b: invalid credentials`: a colon ending the clause after the address.
    if (ip.endsWith(':') && !ip.endsWith('::') && /^(?:\s|$)/.test(text.slice(m.index + ip.length, m.index + ip.length + 1))) ip = ip.slice(0, -1);
    // `connect ECONNREFUSED 2001:db8::1:5432`: a trailing port glued on with a colon.
    if (!isIPv6(ip) && /:\d{1,5}$/.test(ip)) ip = ip.replace(/:\d{1,5}$/, '');
    if (!ip.includes('::') && ip.split(':').length < 8) continue;
    if (text.charCodeAt(m.index + m[0].length) === 47 && /^\/\d{1,3}\b/.test(text.slice(m.index + m[0].length))) continue; // `2c0f:f4c0::/32` is a network
    if (isIPv6(ip) && ipv6Personal(ip)) emit('IP_ADDRESS', ip, (kc.hints & H.IP) !== 0 ? 0.95 : 0.85);
  }
}

/**
 * Six hex pairs, not part of a longer run; a colon may end the sentence's clause after it (`phone DC:90:EA:80:7D:EE: timeout`),
 * and after dashes a colon may start the next field (RADIUS's `Called-Station-Id: A4-2B-11-7C-09-E3:HomeWiFi`).
 */
const MAC = /(?<![\w:.-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w-]|(?<=:[0-9A-Fa-f]{2}):[\w:])|(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])/g;

/**
 * A MAC worth reporting: not all zeros or all ones, and holding a hex letter unless a MAC key says so. Six groups of
 * decimal digits (`12-25-33-41-06-19`) are far more often a lottery draw, a score or a code than one of the few MACs
 * without a letter; `1234.5678.9012` is a number, not a Cisco MAC.
 */
function macPersonal(mac: string, keyed: boolean): boolean {
  const hex = mac.replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
  if (/^(?:0{12}|f{12})$/.test(hex)) return false;
  return keyed || !/^\d+$/.test(hex);
}

/** Find MAC addresses (`aa:bb:cc:dd:ee:ff`, `AA-BB-…`, `aabb.ccdd.eeff`); `keyed`: the value sits under a MAC key. */
export function findMacs(text: string, emit: Emit, keyed = false): void {
  MAC.lastIndex = 0;
  for (let n = 0; n < 16; n++) {
    const m = MAC.exec(text);
    if (!m) return;
    if (macPersonal(m[0], keyed && m[1] !== undefined)) emit('MAC_ADDRESS', m[0], 0.9);
  }
}

/** A bare 12-hex-digit value under a MAC key (`mac: 001a2b3c4d5e`). */
export function macByKey(value: string, emit: Emit): void {
  const v = value.trim();
  if (/^[0-9A-Fa-f]{12}$/.test(v) && !/^(?:0{12}|[fF]{12})$/.test(v)) emit('MAC_ADDRESS', v, 0.85);
}
