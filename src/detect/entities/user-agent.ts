import type { Emit } from '../_hit.js';

/**
 * Full browser User-Agent strings are quasi-identifiers (DESIGN rule 5): `Mozilla/5.0 (platform)…`
 * and legacy `Opera/9.80 (…)`. Library and tool agents (`okhttp/4.12.0`, `curl/8.4.0`,
 * `posthog-node/5.0.0`) and crawlers (`Googlebot`) are not.
 */

/** Also as W3C extended logs (IIS) write it, spaces as `+` (`Mozilla/5.0+(Windows+NT+10.0;…)`), up to the next space. */
/** The platform in brackets may hold a bracketed model of its own (`(Linux; Android 12; moto e(7))`). */
const BROWSER = /(?:Mozilla\/[45]\.0|Opera\/\d{1,2}\.\d{1,3})(?: \((?:[^()\n]|\([^()\n]{0,40}\)){3,300}\)[^\n"]{0,500}|\+\((?:[^()\s]|\([^()\s]{0,40}\)){3,300}\)[^\s"]{0,500})/g;
/**
 * Crawlers, scanners and tools; a crawler writes its homepage in the brackets (`(compatible; Yeti/1.1; +https://naver.me/spd)`;
 * in text the URL arrives blanked, as a run of spaces).
 */
const BOT = /bot\b|crawl|spider|slurp|scanner|facebookexternalhit|preview|monitor|pingdom|lighthouse|headless|python|curl|wget|okhttp|axios|node-fetch|go-http|nmap|nikto|sqlmap|masscan|zgrab|nuclei|acunetix|nessus|qualys|burp|\(compatible;[^)]*(?:\+|https?:|\s{8})/i;

/** Find browser User-Agent strings in text. */
export function findUserAgents(text: string, emit: Emit): void {
  if (text.indexOf('Mozilla/') < 0 && text.indexOf('Opera/') < 0) return;
  BROWSER.lastIndex = 0;
  for (let n = 0; n < 4; n++) {
    const m = BROWSER.exec(text);
    if (!m) return;
    const ua = m[0].trim();
    if (!BOT.test(ua)) emit('USER_AGENT', ua, 0.9);
  }
}
