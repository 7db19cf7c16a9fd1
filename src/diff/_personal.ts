import { normalizeName } from '../compile/names.js';
import { PERSONAL_SEMCONV_NAMES } from '../compile/semconv.js';
import { H, keyHints, normaliseKey } from '../detect/keys.js';
import type { Entity } from '../findings/entities.js';
import type { FieldRule } from '../policy/types.js';

/** Key-name hints that mean a field is named after a personal entity. */
const HINT_ENTITIES: ReadonlyArray<readonly [number, Entity]> = [
  [H.EMAIL, 'EMAIL'], [H.PHONE, 'PHONE'], [H.SSN, 'US_SSN'], [H.DOB, 'DATE_OF_BIRTH'], [H.MAC, 'MAC_ADDRESS'],
  [H.PASSWORD, 'PASSWORD'], [H.SECRET, 'API_KEY'], [H.NAME, 'PERSON_NAME'], [H.ADDRESS, 'STREET_ADDRESS'],
  [H.LAT | H.LON | H.GEO, 'GEO_COORDINATES'], [H.USER_ID, 'UUID_USER_ID'], [H.EMAIL_HASH, 'UNSALTED_HASH_OF_EMAIL'],
  [H.IP, 'IP_ADDRESS'], [H.UA, 'USER_AGENT'], [H.CARD, 'CREDIT_CARD'], [H.IBAN, 'IBAN'],
];

const FORMAT_ENTITIES: Readonly<Record<string, Entity>> = { email: 'EMAIL', ipv4: 'IP_ADDRESS', ipv6: 'IP_ADDRESS' };

/** Nested levels inspected at most. */
const MAX_DEPTH = 32;

/** The entity a field name suggests (`email` → EMAIL, `userId` → UUID_USER_ID), if any. */
export function entityOfName(name: string): Entity | undefined {
  const bits = keyHints(normaliseKey(name), '');
  return HINT_ENTITIES.find(([hint]) => (bits & hint) !== 0)?.[1];
}

/**
 * Why a field counts as personal data, or undefined: marked `personal`, allowed to carry
 * entities, a pseudonym (still personal data, GDPR Recital 26), an entity-like name or format,
 * a personal OpenTelemetry attribute, or any nested field that is.
 */
export function personalReason(name: string, rule: FieldRule, depth = 0): string | undefined {
  if (rule.personal === true) return 'marked personal';
  if (rule.allowEntities && rule.allowEntities.length > 0) return `may carry ${rule.allowEntities.slice(0, 3).join(', ')}`;
  const entity = entityOfName(name);
  if (entity) return `${entity}-like name`;
  if (PERSONAL_SEMCONV_NAMES.has(normalizeName(name))) return 'personal OpenTelemetry attribute';
  if (rule.format && FORMAT_ENTITIES[rule.format]) return `format ${rule.format}`;
  if (rule.pseudonym) return 'pseudonymised identifier, still personal data';
  if (depth >= MAX_DEPTH) return undefined;
  for (const [child, childRule] of Object.entries(rule.fields ?? {})) {
    const reason = personalReason(child, childRule, depth + 1);
    if (reason) return `contains "${child.slice(0, 40)}": ${reason}`;
  }
  return rule.items ? personalReason(name, rule.items, depth + 1) : undefined;
}
