import { normalizeName } from './names.js';

/**
 * OpenTelemetry semantic-convention attributes (and their common legacy spellings) that carry
 * personal data or a persistent identifier (pseudonymous ids such as `enduser.pseudo.id` and
 * `session.id` are deliberately absent, as DESIGN.md rule 1 treats them). They are prohibited without the policy listing them, unless the policy declares
 * the field itself or sets `prohibited.semconv: false`.
 */
export const PERSONAL_SEMCONV_ATTRIBUTES: readonly string[] = [
  'user.id', 'user.name', 'user.full_name', 'user.email',
  'enduser.id',
  'client.address', 'client.ip', 'source.address', 'net.peer.ip', 'net.sock.peer.addr', 'http.client_ip',
  'user_agent.original', 'http.user_agent',
  'url.query',
  'geo.location.lat', 'geo.location.lon', 'geo.postal_code',
  'device.id', 'host.ip', 'host.mac',
];

/** The normalised names of PERSONAL_SEMCONV_ATTRIBUTES. */
export const PERSONAL_SEMCONV_NAMES: ReadonlySet<string> = new Set(PERSONAL_SEMCONV_ATTRIBUTES.map(normalizeName));
