/** The canonical PII / secret entity names (DESIGN.md); output uses exactly these. */
export const ENTITIES = [
  'EMAIL',
  'PHONE',
  'IP_ADDRESS',
  'CREDIT_CARD',
  'IBAN',
  'US_SSN',
  'PERSON_NAME',
  'STREET_ADDRESS',
  'GEO_COORDINATES',
  'JWT',
  'API_KEY',
  'PASSWORD',
  'UUID_USER_ID',
  'MAC_ADDRESS',
  'USER_AGENT',
  'DATE_OF_BIRTH',
  'UNSALTED_HASH_OF_EMAIL',
  'URL_WITH_PII_QUERY',
  'FILE_PATH_WITH_USERNAME',
] as const;

/** One canonical entity name. */
export type Entity = (typeof ENTITIES)[number];

/** Entities that are secrets rather than personal data (reported as `secret-value`). */
export const SECRET_ENTITIES: ReadonlySet<Entity> = new Set<Entity>(['JWT', 'API_KEY', 'PASSWORD']);

/** True when `name` is a canonical entity name. */
export function isEntity(name: string): name is Entity {
  return (ENTITIES as readonly string[]).includes(name);
}
