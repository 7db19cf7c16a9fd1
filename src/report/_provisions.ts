import type { Provision, Regime } from '../findings/regulations.js';

/** Display label of each regime, in display order. */
export const REGIME_LABELS: Readonly<Record<Regime, string>> = { gdpr: 'GDPR', ccpa: 'CCPA', nigeria: 'Nigeria' };

/** What the confidence marks mean (printed wherever marks are shown). */
export const CONFIDENCE_LEGEND =
  '[T] checked against the text · [S] secondary sources only · [M] general knowledge, not re-checked; legacy = NDPR 2019 cross-reference';

/** Provisions of one regime, each rendered with its confidence mark. */
export interface RegimeCites {
  readonly regime: Regime;
  readonly label: string;
  readonly cites: readonly string[];
}

/** A citation with its confidence mark: `Art. 5(1)(c) [T]`, `NDPR 1.3 [T, legacy]`. */
export function markCite(provision: Provision): string {
  return `${provision.cite} [${provision.confidence}${provision.legacy ? ', legacy' : ''}]`;
}

/** Deduplicate provisions and group them by regime (GDPR, CCPA, Nigeria); empty regimes are left out. */
export function groupProvisions(provisions: Iterable<Provision>): RegimeCites[] {
  const byRegime = new Map<Regime, Map<string, string>>();
  for (const provision of provisions) {
    const cites = byRegime.get(provision.regime) ?? new Map<string, string>();
    byRegime.set(provision.regime, cites);
    if (!cites.has(provision.cite)) cites.set(provision.cite, markCite(provision));
  }
  const out: RegimeCites[] = [];
  for (const regime of Object.keys(REGIME_LABELS) as Regime[]) {
    const cites = byRegime.get(regime);
    if (cites && cites.size > 0) out.push({ regime, label: REGIME_LABELS[regime], cites: [...cites.values()] });
  }
  return out;
}
