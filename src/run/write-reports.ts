import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ToolError } from '../errors.js';
import type { RunResult } from './execute-run.js';
import { renderJunit } from './render-junit.js';
import { renderRunSarif } from './render-sarif.js';
import { renderSummary, type ComplianceFile } from './render-summary.js';

/** The fixed file names of a reports directory. */
export const REPORT_FILES = { summary: 'summary.md', sarif: 'results.sarif', junit: 'junit.xml', evidence: 'evidence.json' } as const;

/** One rendered per-regime report. */
export interface ComplianceOutput {
  readonly file: ComplianceFile;
  readonly html: string;
  readonly markdown: string;
}

/** Render every report of a run and write them into `dir` (created if needed); returns the file names written, in order. */
export async function writeReports(dir: string, result: RunResult, compliance: readonly ComplianceOutput[]): Promise<string[]> {
  const { evidence } = result;
  const files: [string, string][] = [
    [REPORT_FILES.evidence, `${JSON.stringify(evidence, null, 2)}\n`],
    [REPORT_FILES.sarif, renderRunSarif(evidence)],
    [REPORT_FILES.junit, renderJunit(evidence)],
  ];
  for (const c of compliance) files.push([c.file.html, c.html], [c.file.markdown, c.markdown]);
  files.push([REPORT_FILES.summary, renderSummary(evidence, { ...REPORT_FILES, compliance: compliance.map((c) => c.file) })]);
  try {
    await mkdir(dir, { recursive: true });
    for (const [name, text] of files) await writeFile(join(dir, name), text);
  } catch (error) {
    throw new ToolError('input-unreadable', `run: cannot write the reports into ${dir}: ${(error as { code?: string }).code ?? 'error'}`);
  }
  return files.map(([name]) => name);
}
