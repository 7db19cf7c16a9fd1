import { CODES, FINDING_CODES, type FindingCode } from '../findings/codes.js';
import { CONTROLS, provisionsOf, type Regime } from '../findings/regulations.js';
import { CONFIDENCE_LEGEND, REGIME_LABELS, groupProvisions } from './_provisions.js';

const REGENERATE = 'UPDATE_DOCS=1 npx vitest run test/unit/report/codes-doc.test.ts';

// Table cells: escape the pipe; the catalogue's own backticks are meant as code spans.
const cell = (text: string): string => text.replace(/\|/g, '\\|');

function section(code: FindingCode): string[] {
  const info = CODES[code];
  const out = [`## ${code}`, '', `**Severity:** ${info.severity} · **Stage:** ${info.stage} · **Title:** ${info.title}`, '', info.help, ''];
  out.push('**Controls**', '');
  for (const id of info.controls) out.push(`- \`${id}\`: ${CONTROLS[id].title}`);
  out.push('');
  const groups = groupProvisions(provisionsOf(info.controls));
  if (groups.length > 0) {
    out.push('**Provisions**', '');
    for (const group of groups) out.push(`- **${group.label}:** ${group.cites.join(', ')}`);
    out.push('');
  }
  const exceeds = info.controls.flatMap((id) =>
    Object.entries(CONTROLS[id].exceeds ?? {}).map(([regime, note]) => `- **${REGIME_LABELS[regime as Regime]}** (\`${id}\`): ${note}`),
  );
  if (exceeds.length > 0) out.push('**Beyond what the law requires**', '', ...exceeds, '');
  return out;
}

/**
 * The reference page of every finding code (docs/codes.md): severity, stage, title, help,
 * controls and the provisions per regime with their confidence marks. Deterministic.
 */
export function renderCodesDoc(): string {
  const out = [
    `<!-- Generated from src/findings/codes.ts and src/findings/regulations.ts by src/report/render-codes-doc.ts. Do not edit; regenerate with: ${REGENERATE} -->`,
    '',
    '# Finding codes',
    '',
    'Every finding telemetry-gate reports carries one of these codes. A code never changes meaning once published.',
    'Each code is evidence for one or more privacy controls; the provisions listed are those the controls support,',
    'per regime, each with its confidence mark.',
    '',
    `Confidence: ${CONFIDENCE_LEGEND}.`,
    '',
    '| Code | Severity | Stage | Title |',
    '| --- | --- | --- | --- |',
    ...FINDING_CODES.map((code) => `| [\`${code}\`](#${code}) | ${CODES[code].severity} | ${CODES[code].stage} | ${cell(CODES[code].title)} |`),
    '',
    ...FINDING_CODES.flatMap(section),
  ];
  return `${out.join('\n').trimEnd()}\n`;
}
