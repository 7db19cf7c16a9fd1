import { CODES, FINDING_CODES, type FindingCode } from '../../findings/codes.js';
import type { Provision } from '../../findings/regulations.js';
import { CONFIDENCE_LEGEND, groupProvisions } from '../_provisions.js';
import type { Formatter, Report } from '../report.js';
import { showPointer, sortedFindings } from './_group.js';
import { mdBlock, mdCode, mdTable, mdText } from './_markdown.js';
import { summaryLine } from './_summary-line.js';

/** Findings listed in the table at most (a PR comment is limited to 65,536 characters). */
export const MAX_MARKDOWN_ROWS = 100;

function header(report: Report): string[] {
  const summary = summaryLine(report);
  const icon = summary.failing ? '❌' : '✅';
  const policy = report.policy ? `${mdCode(report.policy.id)} (${mdText(report.policy.file)})` : 'none';
  const inputs = report.inputs.length;
  return [
    `## ${icon} telemetry-gate ${mdText(report.command)}: ${mdText(summary.text)}`,
    '',
    `**Policy** ${policy} · **Fail on** ${report.failOn} · **Inputs** ${inputs}`,
  ];
}

function countsByCode(report: Report): string[] {
  const rows = FINDING_CODES.filter((code) => (report.summary.byCode[code] ?? 0) > 0).map((code) => [
    mdCode(code),
    String(report.summary.byCode[code] ?? 0),
    mdText(CODES[code].title),
  ]);
  return ['### Findings by code', '', ...mdTable(['Code', 'Count', 'Title'], rows, [1])];
}

function findingsTable(report: Report): string[] {
  const findings = sortedFindings(report);
  const rows = findings.slice(0, MAX_MARKDOWN_ROWS).map((f) => [
    mdText(f.input),
    f.line === undefined ? '' : String(f.line),
    f.pointer === '' ? mdText(showPointer(f.pointer)) : mdCode(f.pointer),
    mdCode(f.code),
    f.severity,
    f.entity ?? '',
    mdCode(f.evidence ?? ''),
    mdText(f.message),
  ]);
  const out = ['### Findings', '', ...mdTable(['Input', 'Line', 'Pointer', 'Code', 'Severity', 'Entity', 'Evidence', 'Message'], rows, [1])];
  const more = findings.length - rows.length;
  if (more > 0) out.push('', `…and ${more} more finding${more === 1 ? '' : 's'}: see the JSON or SARIF report.`);
  return out;
}

function regulations(report: Report): string[] {
  const byCode = new Map<FindingCode, Provision[]>();
  for (const f of report.findings) byCode.set(f.code, [...(byCode.get(f.code) ?? []), ...f.regulations]);
  const lines = FINDING_CODES.filter((code) => byCode.has(code)).flatMap((code) => {
    const groups = groupProvisions(byCode.get(code) ?? []);
    if (groups.length === 0) return [];
    return [`- ${mdCode(code)}: ${groups.map((g) => `**${g.label}** ${g.cites.map(mdText).join(', ')}`).join('; ')}`];
  });
  if (lines.length === 0) return [];
  return ['### Regulations', '', ...lines, '', `_${mdText(CONFIDENCE_LEGEND)}._`];
}

/** A pull-request comment: outcome heading, counts by code, findings, regulations, tables, replay. */
export const formatMarkdown: Formatter = (report) => {
  const sections: string[][] = [header(report)];
  if (report.findings.length > 0) sections.push(countsByCode(report), findingsTable(report), regulations(report));
  for (const table of report.tables ?? []) {
    const rows = table.rows.map((row) => table.columns.map((_, i) => mdText(String(row[i] ?? ''))));
    sections.push([`### ${mdText(table.title)}`, '', ...mdTable(table.columns.map(mdText), rows)]);
  }
  if (report.replay !== undefined) sections.push(['### Replay', '', mdBlock(report.replay, 'sh')]);
  return `${sections.filter((s) => s.length > 0).map((s) => s.join('\n')).join('\n\n')}\n`;
};
