import type { Severity } from '../../findings/codes.js';
import type { Finding } from '../../findings/finding.js';
import type { Formatter } from '../report.js';
import { entityEvidence, sortedFindings } from './_group.js';
import { summaryLine } from './_summary-line.js';
import { visible } from './_visible.js';

const COMMAND: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape a workflow-command message (actions/toolkit `escapeData`): `%`, `\r`, `\n`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow-command property value (`escapeProperty`): also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(finding: Finding): string {
  const properties: string[] = [];
  if (finding.input !== '-' && finding.input !== '') properties.push(`file=${escapeProperty(visible(finding.input))}`);
  if (finding.line !== undefined) properties.push(`line=${finding.line}`);
  properties.push(`title=${escapeProperty(finding.code)}`);
  const where = finding.pointer === '' ? '' : ` (at ${finding.pointer})`;
  const tail = entityEvidence(finding);
  return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(visible(`${finding.message}${where}${tail ? ` ${tail}` : ''}`))}`;
}

/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding,
 * then the summary line (and the replay command) as plain log lines. Control characters are
 * made visible (`\u001b`) so a payload cannot colour or rewrite the CI log.
 */
export const formatGithub: Formatter = (report) => {
  const summary = summaryLine(report);
  const lines = sortedFindings(report).map(annotation);
  lines.push(escapeData(`${summary.symbol} ${summary.text}`));
  if (report.replay !== undefined) lines.push(escapeData(visible(`Replay: ${report.replay}`)));
  return `${lines.join('\n')}\n`;
};
