import type { Regime } from '../findings/regulations.js';
import type { SectionId } from './types.js';

/** Section titles in document order; every format renders each one as a heading. */
export function sectionsFor(regime: Regime): { id: SectionId; title: string }[] {
  return [
    { id: 'applicability', title: 'Document control and applicability' },
    { id: 'description', title: 'Description of the processing' },
    { id: 'inventory', title: 'Data inventory' },
    { id: 'lawful-basis', title: 'Lawful basis and consent' },
    { id: 'necessity', title: 'Necessity and proportionality' },
    { id: 'controls', title: 'Controls and verdicts from this run' },
    { id: 'risks', title: 'Risks and residual risk' },
    { id: 'overclaims', title: 'Over-claims the law does not support' },
    { id: 'exceeds', title: regime === 'ccpa' ? 'Controls that exceed the CCPA' : 'Controls that exceed this regime' },
    { id: 'confidence', title: 'Citation confidence' },
    { id: 'evidence', title: 'Run evidence' },
    { id: 'sign-off', title: 'Review and sign-off' },
  ];
}
