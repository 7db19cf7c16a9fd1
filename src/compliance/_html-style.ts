/** The report's inline stylesheet: screen first, then a print stylesheet (no external resources). */
export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
header h1 { font-size: 1.6em; margin: 0 0 4px; }
.heading { font-size: 1.15em; font-weight: 600; color: #0d47a1; margin: 0 0 8px; }
.meta { color: #555; font-size: .9em; margin: 0 0 12px; }
.banner { border: 3px solid #c62828; background: #fff4f4; padding: 10px 14px; margin: 12px 0 20px; font-weight: 600; }
nav ol { columns: 2; font-size: .9em; }
section { margin: 28px 0; }
h2 { font-size: 1.3em; border-bottom: 2px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 1.05em; margin: 18px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: .9em; }
th, td { border: 1px solid #ccc; padding: 5px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f2f2f2; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f5f5f5; padding: 0 3px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-weight: 600; font-size: .85em; white-space: nowrap; border: 1px solid transparent; }
.v-pass { background: #2e7d32; } .v-fail { background: #c62828; } .v-declared-not-tested { background: #b26a00; } .v-not-declared { background: #757575; }
.muted { color: #666; }
.chart { margin: 8px 0 16px; }
svg text.lbl { font: 12px system-ui, sans-serif; fill: #1a1a1a; }
svg text.seg { font: bold 11px system-ui, sans-serif; fill: #fff; }
ul.findings { margin: 4px 0 0 18px; padding: 0; font-size: .9em; }
footer { margin-top: 32px; font-size: .85em; color: #555; border-top: 1px solid #ddd; padding-top: 8px; }
@media print {
  @page { margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10pt; color: #000; }
  nav { display: none; }
  .banner { background: none; border: 2pt solid #000; }
  .badge { color: #000; background: none !important; border: 1px solid #000; }
  th { background: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, .chart, .banner { break-inside: avoid; page-break-inside: avoid; }
  a { color: #000; text-decoration: none; }
}
`;
