import type { ReportingDescriptor } from 'sarif';
import { CODES, FINDING_CODES, type FindingCode, type Severity } from '../../findings/codes.js';
import { CONTROLS, provisionsOf, type Regime } from '../../findings/regulations.js';
import { CONFIDENCE_LEGEND, groupProvisions } from '../_provisions.js';

/** SARIF level of a severity. */
export const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** `unknown-field` → `UnknownField` (SARIF recommends a readable, space-free rule name). */
export function ruleName(code: FindingCode): string {
  return code.replace(/(^|-)([a-z])/g, (_, __: string, c: string) => c.toUpperCase());
}

function helpOf(code: FindingCode, regimes: readonly Regime[] | undefined): { text: string; markdown: string } {
  const info = CODES[code];
  const groups = groupProvisions(provisionsOf(info.controls, regimes));
  const controls = info.controls.map((id) => `${id} (${CONTROLS[id].title})`);
  const text = [info.help, `Controls: ${controls.join('; ')}.`, ...groups.map((g) => `${g.label}: ${g.cites.join(', ')}`)];
  const markdown = [
    info.help,
    '',
    `**Controls:** ${info.controls.map((id) => `\`${id}\` (${CONTROLS[id].title})`).join(', ')}`,
    '',
    ...(groups.length > 0 ? ['**Provisions**', '', ...groups.map((g) => `- **${g.label}:** ${g.cites.join(', ')}`), '', `_${CONFIDENCE_LEGEND}._`] : []),
  ];
  return { text: text.join('\n'), markdown: markdown.join('\n') };
}

/**
 * One SARIF rule per code, in catalogue order, for the given codes. Provisions are limited
 * to `regimes` when given (the regimes the policy selects).
 */
export function sarifRules(codes: Iterable<FindingCode>, regimes?: readonly Regime[]): ReportingDescriptor[] {
  const wanted = new Set(codes);
  return FINDING_CODES.filter((code) => wanted.has(code)).map((code) => {
    const info = CODES[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: info.title },
      fullDescription: { text: info.help },
      help: helpOf(code, regimes),
      defaultConfiguration: { level: SARIF_LEVEL[info.severity] },
      properties: { tags: ['privacy', ...info.controls], stage: info.stage },
    };
  });
}
