import { citeText, LEGACY_COLUMN, VERDICT_LABELS, VERDICT_ORDER } from './_labels.js';
import type { ComplianceReport, ControlVerdict, Fact, Overclaim, SectionId } from './types.js';

/** Render the report as GitHub-flavoured Markdown (for pull requests and step summaries). */
export function renderComplianceMarkdown(report: ComplianceReport): string {
  const out = [
    `# ${md(report.title)}`,
    '',
    `**${md(report.heading)}** · policy \`${code(report.policy.id)}\` · sha256 \`${code(report.policy.sha256)}\` · generated ${md(report.generatedAt)} by ${md(report.tool.name)} ${md(report.tool.version)}`,
    '',
    `> **${md(report.banner)}**`,
    '',
  ];
  report.sections.forEach(({ id, title }, i) => {
    out.push(`## ${i + 1}. ${md(title)}`, '', SECTIONS[id](report).trimEnd(), '');
  });
  return `${out.join('\n').trimEnd()}\n`;
}

const SECTIONS: Readonly<Record<SectionId, (r: ComplianceReport) => string>> = {
  applicability: (r) => facts(r.applicability),
  description: (r) => facts(r.description),
  inventory: (r) =>
    table(
      ['Field', 'Type', 'Purpose', 'Pseudonymisation', 'Identifiability', 'Retention'],
      r.inventory.fields.map((f) => [`\`${code(f.field)}\`${f.required ? ' (required)' : ''}`, md(f.type), md(f.purpose), md(f.pseudonymisation), md(f.identifiability), md(f.retention)]),
    ) + '\n**Prohibited data**\n\n' + facts(r.inventory.prohibited),
  'lawful-basis': (r) => facts(r.lawfulBasis),
  necessity: (r) =>
    facts(r.necessity) +
    (r.notExpressed.length > 0 ? `\n**Rules the policy cannot express (assess by hand)**\n\n${r.notExpressed.map((n) => `- ${md(n)}`).join('\n')}\n` : ''),
  controls: (r) => {
    const legacy = r.regime === 'nigeria';
    const counts = VERDICT_ORDER.map((v) => `${VERDICT_LABELS[v]}: ${r.verdicts[v]}`).join(' · ');
    const byCode = r.findingsByCode.length > 0 ? `Findings by code: ${r.findingsByCode.map((f) => `\`${f.code}\` ${f.count}`).join(', ')}\n\n` : '';
    const rows = r.controls.map((c) => [
      `**${md(c.title)}** (\`${c.id}\`)${c.exceeds ? `<br>_Exceeds this regime: ${md(c.exceeds)}_` : ''}`,
      md(c.declaredBy),
      `**${VERDICT_LABELS[c.verdict]}**${c.testedBy.length > 0 ? `<br>tested by ${c.testedBy.map((s) => `\`${code(s)}\``).join(', ')}` : ''}`,
      c.provisions.map((p) => md(citeText(p))).join('<br>') || 'none mapped',
      ...(legacy ? [c.legacy.map((p) => md(citeText(p))).join('<br>') || '—'] : []),
    ]);
    const failed = r.controls.filter((c) => c.findings.length > 0).map(findingBlock).join('\n');
    return `${md(r.evidence.note)}\n\n${counts}\n\n${byCode}` +
      table(['Control', 'Declared by the policy', 'Verdict', `Provisions (${r.heading})`, ...(legacy ? [LEGACY_COLUMN] : [])], rows) +
      (failed ? `\n${failed}` : '');
  },
  risks: (r) =>
    table(
      ['Risk', 'Likelihood', 'Severity', 'Inherent', 'Mitigating controls', 'Residual (this run)'],
      r.risks.map((k) => [md(k.title), k.likelihood, k.severity, k.inherent, k.controls.map((c) => `\`${c}\``).join(', '), `**${k.residual}**: ${md(k.rationale)}`]),
    ) + '\n**Policy weaknesses found by the lint**\n\n' + lintTable(r.weaknesses, 'No weakness found.'),
  overclaims: (r) => lintTable(r.overclaims, 'The lint found no over-claim in this policy.'),
  exceeds: (r) =>
    r.exceeds.length === 0
      ? 'No control is marked as exceeding this regime.\n'
      : 'These controls go beyond what the law requires for this regime: the report does not present them as legal necessities.\n\n' +
        table(['Control', 'Note'], r.exceeds.map((e) => [`${md(e.title)} (\`${e.control}\`)`, md(e.note)])),
  confidence: (r) =>
    `**Legend:** ${md(r.confidence.legend)}\n\nCitations in this report: [T] ${r.confidence.counts.T} · [S] ${r.confidence.counts.S} · [M] ${r.confidence.counts.M}\n\n` +
    r.confidence.notes.map((n) => `- ${md(n)}`).join('\n') + '\n',
  evidence: (r) => {
    const e = r.evidence;
    const run = e.run
      ? facts([
          { label: 'Tool', value: e.run.tool },
          { label: 'Started / ended', value: `${e.run.startedAt} / ${e.run.endedAt}` },
          { label: 'Config', value: e.run.config ?? 'none' },
          { label: 'Seeds', value: e.run.seeds.length > 0 ? e.run.seeds.join(', ') : 'none' },
          { label: 'Policy file matches the run', value: e.run.policyMatches === null ? 'not listed by the run' : e.run.policyMatches ? 'yes (same sha256)' : 'NO: sha256 differs' },
        ])
      : '';
    const steps = e.steps.length > 0
      ? '\n' + table(['Step', 'Status', 'Records', 'Findings', 'Replay command'], e.steps.map((s) => [`\`${code(s.id)}\``, md(s.status), String(s.records), String(s.findings), `\`${code(s.command)}\``]))
      : '';
    return `${md(e.note)}\n\n${run}${steps}`;
  },
  'sign-off': (r) =>
    `> **${md(r.banner)}**\n\n` +
    table(['Item', 'Name / position', 'Date', 'Decision / notes'], ['Measures approved by', 'Residual risks approved by', 'DPO / counsel advice', 'Next review'].map((x) => [x, ' ', ' ', ' '])),
};

function findingBlock(c: ControlVerdict): string {
  const lines = c.findings.map((f) =>
    `- \`${f.code}\` ${f.severity}: ${md(f.message)} (${md(f.input)}${f.line !== undefined ? `:${f.line}` : ''} \`${code(f.pointer || '/')}\`${f.entity ? ` ${f.entity}` : ''}${f.evidence !== undefined ? ` evidence \`${code(f.evidence)}\`` : ''})`,
  );
  if (c.findingCount > c.findings.length) lines.push(`- and ${c.findingCount - c.findings.length} more`);
  return `**Findings: ${md(c.title)}**\n\n${lines.join('\n')}\n`;
}

function lintTable(items: readonly Overclaim[], empty: string): string {
  if (items.length === 0) return `${empty}\n`;
  return table(['Where', 'Rule', 'Severity', 'Message'], items.map((o) => [`\`${code(o.pointer || '/')}\`${o.line !== undefined ? ` line ${o.line}` : ''}`, `\`${code(o.rule)}\``, o.severity, md(o.message)]));
}

function facts(items: readonly Fact[]): string {
  return table(['Item', 'Detail'], items.map((f) => [md(f.label), md(f.value)]));
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return `${[line(headers.map(md)), line(headers.map(() => '---')), ...rows.map(line)].join('\n')}\n`;
}

/** Escape text for Markdown (inline HTML, emphasis, links, table pipes) on one line. */
function md(text: string): string {
  return String(text).replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#!~]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** Text inside a code span: one line, no backticks, pipes escaped for tables. */
function code(text: string): string {
  return String(text).replace(/\s+/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|');
}
