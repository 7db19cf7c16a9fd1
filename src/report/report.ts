import type { Severity } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { summarize, type Summary } from '../findings/summary.js';
import { createRequire } from 'node:module';

/** A table a command adds to its report (e.g. the consent matrix of a probe). */
export interface ReportTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/** The report every command produces; formatters turn it into text. See schemas/report.schema.json. */
export interface Report {
  readonly tool: { readonly name: 'telemetry-gate'; readonly version: string };
  readonly command: string;
  readonly policy: { readonly id: string; readonly title?: string; readonly file: string; readonly sha256: string } | null;
  readonly inputs: readonly string[];
  /** Number of records checked. */
  readonly records: number;
  readonly failOn: Severity;
  readonly summary: Summary;
  readonly findings: readonly Finding[];
  readonly seed?: number;
  readonly replay?: string;
  readonly tables?: readonly ReportTable[];
  readonly timings?: Readonly<Record<string, number>>;
}

/** Options a formatter receives. */
export interface FormatOptions {
  /** ANSI colour (only `text` uses it). */
  readonly color: boolean;
}

/** A formatter turns a report into a string; one file per format. */
export type Formatter = (report: Report, options: FormatOptions) => string;

/** Tool name and version, read once from package.json. */
export const TOOL = { name: 'telemetry-gate', version: readVersion() } as const;

function readVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    return (require('../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** What a command knows when it builds its report: the report less what buildReport derives. */
export type ReportInit = Omit<Report, 'tool' | 'policy' | 'summary'> & {
  readonly policy?: { readonly policy: { readonly policy: string; readonly title?: string }; readonly file: string; readonly sha256: string } | null;
};

/** Assemble a report: the summary is computed from the findings. */
export function buildReport(init: ReportInit): Report {
  const { policy, findings, ...rest } = init;
  return {
    tool: TOOL,
    ...rest,
    policy: policy
      ? { id: policy.policy.policy, ...(policy.policy.title ? { title: policy.policy.title } : {}), file: policy.file, sha256: policy.sha256 }
      : null,
    summary: summarize(findings),
    findings,
  };
}
