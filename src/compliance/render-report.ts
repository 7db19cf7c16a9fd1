import { renderComplianceHtml } from './render-html.js';
import { renderComplianceMarkdown } from './render-markdown.js';
import type { ComplianceFormat, ComplianceReport } from './types.js';

/** Render a compliance report in one format; json is the report model itself (docs/reports.md). */
export function renderComplianceReport(report: ComplianceReport, format: ComplianceFormat): string {
  switch (format) {
    case 'html':
      return renderComplianceHtml(report);
    case 'markdown':
      return renderComplianceMarkdown(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}

/** File extension of each format (used for `--regime all` output names). */
export const FORMAT_EXTENSIONS: Readonly<Record<ComplianceFormat, string>> = { html: 'html', markdown: 'md', json: 'json' };
