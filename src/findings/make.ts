import { CODES, type FindingCode, type Severity } from './codes.js';
import type { Finding } from './finding.js';
import { provisionsOf, type Regime } from './regulations.js';

/** The parts of a finding a check supplies; severity and regulations come from the catalogue. */
export type FindingInit = Omit<Finding, 'severity' | 'regulations'> & { severity?: Severity };

/** Build a finding, filling severity and regulation references from the catalogue. */
export function makeFinding(init: FindingInit, regimes?: readonly Regime[]): Finding {
  const info = CODES[init.code as FindingCode];
  return {
    ...init,
    severity: init.severity ?? info.severity,
    regulations: provisionsOf(info.controls, regimes),
  };
}
