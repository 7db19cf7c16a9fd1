import { readFileSync } from 'node:fs';
import { checkEvidence } from '../../../src/compliance/index.js';
import type { Evidence } from '../../../src/evidence/types.js';
import { loadPolicy, parsePolicy } from '../../../src/policy/load.js';
import type { LoadedPolicy } from '../../../src/policy/types.js';

/** Raw values behind the masked evidence of fixtures/evidence/leaky.evidence.json: no report may contain them. */
export const CANARIES = ['jane.canary@example.org', '203.0.113.77', 'ghp_CANARYcanaryCANARYcanaryCANARY123456'] as const;

/** The sample run evidence (webwaka-sharing leaky payloads, a receiver fuzz, an errored probe, another policy's step). */
export function leakyEvidence(): Evidence {
  return checkEvidence(JSON.parse(readFileSync('fixtures/evidence/leaky.evidence.json', 'utf8')), 'leaky.evidence.json');
}

/** A shipped seed policy, through the real loader. */
export function seedPolicy(id: string): Promise<LoadedPolicy> {
  return loadPolicy(`policies/${id}.policy.yaml`);
}

/** A small policy from YAML text. */
export function yamlPolicy(text: string, file = 'test.policy.yaml'): LoadedPolicy {
  return parsePolicy(text, file);
}
