import { CONTROL_FAMILIES } from './declared-controls.js';
import { VERDICT_LABELS, VERDICT_ORDER } from './_labels.js';
import type { ComplianceReport, Verdict } from './types.js';
import { esc } from './_html-escape.js';

/** Fill colour of each verdict (the text label is always printed too, so grey print stays readable). */
export const VERDICT_COLORS: Readonly<Record<Verdict, string>> = {
  pass: '#2e7d32',
  fail: '#c62828',
  'declared-not-tested': '#b26a00',
  'not-declared': '#757575',
};

const LABEL_W = 130;
const BAR_W = 420;
const ROW_H = 26;

/** Inline SVG: one stacked bar per control family, segment widths by verdict count. */
export function verdictChart(report: ComplianceReport): string {
  const rows = CONTROL_FAMILIES.map(({ family, controls }, i) => {
    const verdicts = report.controls.filter((c) => controls.includes(c.id)).map((c) => c.verdict);
    const unit = BAR_W / Math.max(1, verdicts.length);
    let x = LABEL_W;
    const y = 8 + i * ROW_H;
    const segments = VERDICT_ORDER.map((v) => {
      const n = verdicts.filter((x2) => x2 === v).length;
      if (n === 0) return '';
      const w = n * unit;
      const seg =
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${VERDICT_COLORS[v]}"><title>${esc(`${family}: ${n} ${VERDICT_LABELS[v]}`)}</title></rect>` +
        `<text x="${(x + w / 2).toFixed(1)}" y="${y + 13}" text-anchor="middle" class="seg">${n}</text>`;
      x += w;
      return seg;
    }).join('');
    return `<text x="0" y="${y + 13}" class="lbl">${esc(family)}</text>${segments}`;
  });
  const legendY = 8 + CONTROL_FAMILIES.length * ROW_H + 6;
  let lx = 0;
  const legend = VERDICT_ORDER.map((v) => {
    const x0 = lx;
    lx += 30 + VERDICT_LABELS[v].length * 7;
    return `<rect x="${x0}" y="${legendY}" width="12" height="12" fill="${VERDICT_COLORS[v]}"/><text x="${x0 + 16}" y="${legendY + 11}" class="lbl">${esc(VERDICT_LABELS[v])}</text>`;
  }).join('');
  const h = legendY + 20;
  return svg(LABEL_W + BAR_W + 10, h, 'Verdicts per control family', rows.join('') + legend);
}

/** Inline SVG: one bar per finding code of this policy's steps, or a sentence when there are none. */
export function findingsChart(report: ComplianceReport): string {
  if (report.findingsByCode.length === 0) {
    return `<p class="muted">${report.evidence.supplied ? 'No findings for this policy in the run.' : 'No run evidence was supplied, so there are no findings to chart.'}</p>`;
  }
  const max = Math.max(...report.findingsByCode.map((f) => f.count));
  const labelW = 220;
  const barW = 330;
  const rows = report.findingsByCode.map(({ code, count }, i) => {
    const y = 6 + i * 22;
    const w = Math.max(2, (count / max) * barW);
    return `<text x="0" y="${y + 12}" class="lbl">${esc(code)}</text>` +
      `<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="16" fill="#c62828"><title>${esc(`${code}: ${count}`)}</title></rect>` +
      `<text x="${(labelW + w + 4).toFixed(1)}" y="${y + 12}" class="lbl">${count}</text>`;
  });
  return svg(labelW + barW + 50, 12 + report.findingsByCode.length * 22, 'Findings by code', rows.join(''));
}

function svg(width: number, height: number, title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${esc(title)}</title>${body}</svg>`;
}
