import type { Finding } from '../findings/finding.js';
import { lintPolicy } from '../lint/index.js';
import type { LoadedPolicy } from '../policy/types.js';
import { clip } from './inventory.js';
import type { Overclaim } from './types.js';

/** The policy's lint findings split into over-claims (code `overclaim`) and other weaknesses, in lint order. */
export function policyLint(loaded: LoadedPolicy): { overclaims: Overclaim[]; weaknesses: Overclaim[] } {
  const findings = lintPolicy(loaded);
  return {
    overclaims: findings.filter((f) => f.code === 'overclaim').map(toOverclaim),
    weaknesses: findings.filter((f) => f.code !== 'overclaim').map(toOverclaim),
  };
}

function toOverclaim(f: Finding): Overclaim {
  return {
    rule: f.rule ?? f.code,
    pointer: f.pointer,
    ...(f.line !== undefined ? { line: f.line } : {}),
    severity: f.severity,
    message: clip(f.message, 600),
  };
}
