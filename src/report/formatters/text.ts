import type { Finding } from '../../findings/finding.js';
import type { Formatter, Report, ReportTable } from '../report.js';
import { padColumns, type Align } from './_columns.js';
import { entityEvidence, groupByInput, showPointer } from './_group.js';
import { summaryLine } from './_summary-line.js';
import { visible } from './_visible.js';

type Paint = (text: string) => string;
interface Palette {
  readonly red: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
  readonly green: Paint;
  readonly dim: Paint;
  readonly bold: Paint;
  readonly underline: Paint;
}

const sgr =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

function palette(color: boolean): Palette {
  if (!color) return { red: plain, yellow: plain, cyan: plain, green: plain, dim: plain, bold: plain, underline: plain };
  return { red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24) };
}

function location(finding: Finding): string {
  const pointer = visible(showPointer(finding.pointer));
  return finding.line === undefined ? pointer : `${finding.line}:${pointer}`;
}

function renderFindings(report: Report, c: Palette): string[] {
  const out: string[] = [];
  const paintSeverity: Record<Finding['severity'], Paint> = { error: c.red, warning: c.yellow, info: c.cyan };
  for (const group of groupByInput(report)) {
    if (group.findings.length === 0) continue;
    out.push(c.underline(visible(group.input)));
    const rows = padColumns(group.findings.map((f) => [location(f), f.severity, f.code, visible(f.message)]));
    group.findings.forEach((finding, i) => {
      const [loc = '', severity = '', code = '', message = ''] = rows[i] ?? [];
      const tail = entityEvidence(finding);
      out.push(`  ${c.dim(loc)}  ${paintSeverity[finding.severity](severity)}  ${c.dim(code)}  ${message}${tail ? `  ${visible(tail)}` : ''}`);
      if (finding.replay !== undefined && finding.replay !== report.replay) out.push(`    ${c.dim(`replay: ${visible(finding.replay)}`)}`);
    });
    out.push('');
  }
  return out;
}

/** Render a report table as aligned columns under its title; numbers are right-aligned. */
function renderTable(table: ReportTable, c: Palette): string[] {
  const header = table.columns.map(visible);
  const body = table.rows.map((row) => table.columns.map((_, i) => visible(String(row[i] ?? ''))));
  const align: Align[] = table.columns.map((_, i) => (table.rows.length > 0 && table.rows.every((row) => typeof row[i] === 'number') ? 'right' : 'left'));
  const rule = header.map((h, i) => '─'.repeat(Math.max(1, ...[h, ...body.map((r) => r[i] ?? '')].map((s) => [...s].length))));
  const padded = padColumns([header, rule, ...body], align);
  return [c.bold(visible(table.title)), ...padded.map((cells, i) => `  ${i < 2 ? c.dim(cells.join('  ')) : cells.join('  ')}`)];
}

/** Human output, ESLint/Spectral style: findings per input, a summary line, replay command, tables. */
export const formatText: Formatter = (report, options) => {
  const c = palette(options.color);
  const out = renderFindings(report, c);
  const summary = summaryLine(report);
  const paint = summary.symbol === '✔' ? c.green : summary.failing ? c.red : c.yellow;
  out.push(paint(c.bold(`${summary.symbol} ${summary.text}`)));
  if (report.replay !== undefined) out.push(`Replay: ${visible(report.replay)}`);
  else if (report.seed !== undefined) out.push(`Seed: ${report.seed}`);
  for (const table of report.tables ?? []) out.push('', ...renderTable(table, c));
  return `${out.join('\n')}\n`;
};
