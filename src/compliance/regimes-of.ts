import type { Regime } from '../findings/regulations.js';
import type { Policy } from '../policy/types.js';

/** All regimes in report order. */
export const ALL_REGIMES: readonly Regime[] = ['gdpr', 'ccpa', 'nigeria'];

/** The regimes a policy names (`regulations`, deduplicated, in report order), or all three when it names none. */
export function regimesOf(policy: Policy): Regime[] {
  const named = Array.isArray(policy.regulations) ? policy.regulations : [];
  const out = ALL_REGIMES.filter((r) => named.includes(r));
  return out.length > 0 ? out : [...ALL_REGIMES];
}
