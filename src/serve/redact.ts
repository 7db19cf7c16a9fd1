import type { IncomingHttpHeaders } from 'node:http';

/** What a redacted header or query value is replaced with. */
export const REDACTED = '[redacted]';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key', 'apikey']);
const SECRET_NAME = /(auth|token|secret|passw|api[-_]?key|apikey|session|cookie|signature|credential|write[-_]?key|private)/i;

/** True when a header or query parameter name suggests it carries a credential. */
export function isSecretName(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase()) || SECRET_NAME.test(name);
}

/** Lower-cased headers with credentials redacted (multi-valued headers joined with `, `). */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = isSecretName(name) ? REDACTED : Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Query parameters with credential-like ones (`api_key`, `token` …) redacted; the first value of a repeated name wins. */
export function redactQuery(query: URLSearchParams | undefined): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (!query) return out;
  for (const [name, value] of query) {
    if (Object.hasOwn(out, name)) continue;
    out[name] = isSecretName(name) ? REDACTED : value;
  }
  return out;
}
