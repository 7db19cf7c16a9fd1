import { parsePolicy } from '../../../src/policy/load.js';
import type { LoadedPolicy } from '../../../src/policy/types.js';

/**
 * Sections of a clean policy, one top-level key each, in document order. Tests replace a section
 * (a YAML string) or drop it (null); the result goes through the real loader, so lines are real.
 */
export const CLEAN: Readonly<Record<string, string>> = {
  policy: 'policy: clean',
  title: 'title: Usage telemetry',
  regulations: 'regulations: [gdpr, ccpa, nigeria]',
  processing: 'processing: { purpose: Count feature use, lawfulBasis: consent, identifiability: pseudonymised }',
  fields: [
    'fields:',
    "  event_name: { type: string, pattern: '^[a-z]+(\\.[a-z_]+)+$', required: true }",
    '  surface: { enum: [discord, api] }',
    '  install_hash:',
    '    type: string',
    '    pseudonym: { method: hmac-sha256, key: { env: TELEMETRY_KEY, heldBy: server }, rotation: daily }',
    '  day: { type: string, granularity: day }',
    '  duration_ms: { type: integer, minimum: 0 }',
  ].join('\n'),
  prohibited: 'prohibited: { fields: [user_id, ip], entities: all }',
  consent: "consent: { default: off, enable: { env: TELEMETRY_ENABLED, values: ['true'] }, notice: true }",
  retention: 'retention: { detailDays: 30, logsDays: 7 }',
};

/** YAML text of the clean policy with some sections replaced (string) or removed (null). */
export function policyYaml(changes: Readonly<Record<string, string | null>> = {}): string {
  const sections = { ...CLEAN, ...changes };
  return `${Object.values(sections).filter((s): s is string => s !== null).join('\n')}\n`;
}

/** Load YAML text through the real loader (schema-checked, with real line positions). */
export function loadYaml(text: string, file = 'test.policy.yaml'): LoadedPolicy {
  return parsePolicy(text, file);
}
