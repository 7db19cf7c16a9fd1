import { findingsChart, verdictChart } from './_html-charts.js';
import { esc } from './_html-escape.js';
import { REPORT_CSS } from './_html-style.js';
import { citeText, LEGACY_COLUMN, VERDICT_LABELS } from './_labels.js';
import type { ComplianceReport, ControlVerdict, Fact, Overclaim, SectionId } from './types.js';

/** Render the report as one self-contained HTML file: inline CSS and SVG, no scripts, no external requests. */
export function renderComplianceHtml(report: ComplianceReport): string {
  const body = report.sections.map(({ id, title }, i) => `<section id="${id}">\n<h2>${i + 1}. ${esc(title)}</h2>\n${SECTIONS[id](report)}\n</section>`);
  const nav = report.sections.map(({ id, title }) => `<li><a href="#${id}">${esc(title)}</a></li>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(`${report.heading}: ${report.title}`)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${esc(report.title)}</h1>`,
    `<p class="heading">${esc(report.heading)}</p>`,
    `<p class="meta">Policy <code>${esc(report.policy.id)}</code> · sha256 <code>${esc(report.policy.sha256)}</code> · generated ${esc(report.generatedAt)} by ${esc(report.tool.name)} ${esc(report.tool.version)}</p>`,
    `<div class="banner" role="note">${esc(report.banner)}</div>`,
    `<nav aria-label="Sections"><ol>${nav}</ol></nav>`,
    '</header>',
    '<main>',
    ...body,
    '</main>',
    `<footer>${esc(report.banner)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const SECTIONS: Readonly<Record<SectionId, (r: ComplianceReport) => string>> = {
  applicability: (r) => facts(r.applicability),
  description: (r) => facts(r.description),
  inventory: (r) =>
    table(
      ['Field', 'Type', 'Purpose', 'Pseudonymisation', 'Identifiability', 'Retention'],
      r.inventory.fields.map((f) => [`<code>${esc(f.field)}</code>${f.required ? ' (required)' : ''}`, esc(f.type), esc(f.purpose), esc(f.pseudonymisation), esc(f.identifiability), esc(f.retention)]),
    ) + '<h3>Prohibited data</h3>' + facts(r.inventory.prohibited),
  'lawful-basis': (r) => facts(r.lawfulBasis),
  necessity: (r) =>
    facts(r.necessity) +
    (r.notExpressed.length > 0 ? `<h3>Rules the policy cannot express (assess by hand)</h3><ul>${r.notExpressed.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : ''),
  controls: (r) => {
    const legacy = r.regime === 'nigeria';
    const counts = (Object.keys(r.verdicts) as (keyof typeof r.verdicts)[]).map((v) => `${badge(v)} ${r.verdicts[v]}`).join(' · ');
    return `<p>${esc(r.evidence.note)}</p><p>${counts}</p>` +
      `<div class="chart">${verdictChart(r)}</div>` +
      '<h3>Findings by code</h3>' + `<div class="chart">${findingsChart(r)}</div>` +
      table(
        ['Control', 'Declared by the policy', 'Verdict', `Provisions (${r.heading})`, ...(legacy ? [LEGACY_COLUMN] : [])],
        r.controls.map((c) => [
          `<strong>${esc(c.title)}</strong><br><code>${esc(c.id)}</code> · ${esc(c.family)}${c.exceeds ? `<br><em>Exceeds this regime: ${esc(c.exceeds)}</em>` : ''}`,
          esc(c.declaredBy),
          `${badge(c.verdict)}${c.testedBy.length > 0 ? `<br><span class="muted">tested by ${c.testedBy.map((s) => `<code>${esc(s)}</code>`).join(', ')}</span>` : ''}${findingList(c)}`,
          c.provisions.length > 0 ? c.provisions.map((p) => esc(citeText(p))).join('<br>') : '<span class="muted">none mapped</span>',
          ...(legacy ? [c.legacy.length > 0 ? c.legacy.map((p) => esc(citeText(p))).join('<br>') : '—'] : []),
        ]),
      );
  },
  risks: (r) =>
    table(
      ['Risk', 'Source', 'Likelihood', 'Severity', 'Inherent', 'Mitigating controls', 'Residual (this run)'],
      r.risks.map((k) => [esc(k.title), esc(k.source), esc(k.likelihood), esc(k.severity), esc(k.inherent), k.controls.map((c) => `<code>${esc(c)}</code>`).join(', '), `<strong>${esc(k.residual)}</strong><br>${esc(k.rationale)}`]),
    ) +
    '<h3>Policy weaknesses found by the lint</h3>' + lintTable(r.weaknesses, 'No weakness found.'),
  overclaims: (r) => lintTable(r.overclaims, 'The lint found no over-claim in this policy.'),
  exceeds: (r) =>
    r.exceeds.length === 0
      ? '<p>No control is marked as exceeding this regime.</p>'
      : '<p>These controls go beyond what the law requires for this regime: the report does not present them as legal necessities.</p>' +
        table(['Control', 'Note'], r.exceeds.map((e) => [`${esc(e.title)} (<code>${esc(e.control)}</code>)`, esc(e.note)])),
  confidence: (r) =>
    `<p><strong>Legend:</strong> ${esc(r.confidence.legend)}</p>` +
    `<p>Citations in this report: [T] ${r.confidence.counts.T} · [S] ${r.confidence.counts.S} · [M] ${r.confidence.counts.M}</p>` +
    `<ul>${r.confidence.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`,
  evidence: (r) => {
    const e = r.evidence;
    const run = e.run
      ? facts([
          { label: 'Tool', value: e.run.tool },
          { label: 'Started / ended', value: `${e.run.startedAt} / ${e.run.endedAt}` },
          { label: 'Node', value: e.run.node },
          { label: 'Fail on', value: e.run.failOn },
          { label: 'Config', value: e.run.config ?? 'none' },
          { label: 'Seeds', value: e.run.seeds.length > 0 ? e.run.seeds.join(', ') : 'none' },
          { label: 'Policy file matches the run', value: e.run.policyMatches === null ? 'not listed by the run' : e.run.policyMatches ? 'yes (same sha256)' : 'NO: sha256 differs' },
        ])
      : '';
    const steps = e.steps.length > 0
      ? table(['Step', 'Status', 'Records', 'Findings', 'Controls tested', 'Replay command'], e.steps.map((s) => [`<code>${esc(s.id)}</code>`, esc(s.status), esc(s.records), esc(s.findings), esc(s.tested.join(', ') || '—'), `<code>${esc(s.command)}</code>`]))
      : '';
    return `<p>${esc(e.note)}</p>${run}${steps}`;
  },
  'sign-off': (r) =>
    `<div class="banner" role="note">${esc(r.banner)}</div>` +
    table(['Item', 'Name / position', 'Date', 'Decision / notes'], ['Measures approved by', 'Residual risks approved by', 'DPO / counsel advice', 'Next review (policy diff, new field, new recipient)'].map((x) => [esc(x), '&nbsp;', '&nbsp;', '&nbsp;'])),
};

function badge(v: ControlVerdict['verdict']): string {
  return `<span class="badge v-${v}">${esc(VERDICT_LABELS[v])}</span>`;
}

function findingList(c: ControlVerdict): string {
  if (c.findings.length === 0) return '';
  const items = c.findings.map((f) =>
    `<li><code>${esc(f.code)}</code> ${esc(f.severity)}: ${esc(f.message)} <span class="muted">(${esc(f.input)}${f.line !== undefined ? `:${f.line}` : ''} <code>${esc(f.pointer || '/')}</code>${f.entity ? ` ${esc(f.entity)}` : ''}${f.evidence !== undefined ? ` evidence <code>${esc(f.evidence)}</code>` : ''})</span></li>`,
  );
  const more = c.findingCount > c.findings.length ? `<li>and ${c.findingCount - c.findings.length} more</li>` : '';
  return `<ul class="findings">${items.join('')}${more}</ul>`;
}

function lintTable(items: readonly Overclaim[], empty: string): string {
  if (items.length === 0) return `<p>${esc(empty)}</p>`;
  return table(['Where', 'Rule', 'Severity', 'Message'], items.map((o) => [`<code>${esc(o.pointer || '/')}</code>${o.line !== undefined ? ` line ${o.line}` : ''}`, `<code>${esc(o.rule)}</code>`, esc(o.severity), esc(o.message)]));
}

function facts(items: readonly Fact[]): string {
  return table(['Item', 'Detail'], items.map((f) => [esc(f.label), esc(f.value)]));
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `<tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr>`;
  return `<table><thead>${head}</thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}
