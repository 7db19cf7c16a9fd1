import type { Finding } from '../findings/finding.js';
import { lintPolicy } from '../lint/index.js';
import { loadPolicy } from '../policy/load.js';
import { buildReport } from '../report/report.js';
import { deliverReport, failOnOf, parseCommandArgs, pathIn, REPORT_OPTIONS } from './_options.js';
import { policyFiles } from './_policies.js';
import type { Command } from './types.js';

/** `lint [--format F] [--fail-on S] POLICY...`: consistency and over-claims. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'check policies for contradictions, weak pseudonyms, ReDoS patterns and over-claims',
  usage: 'lint [--format F] [--output FILE] [--fail-on error|warning|info] [POLICY...]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('lint', args, { ...REPORT_OPTIONS });
    const failOn = failOnOf('lint', values['fail-on']);
    const files = await policyFiles('lint', positionals, io);
    const findings: Finding[] = [];
    for (const file of files) {
      findings.push(...lintPolicy(await loadPolicy(pathIn(io, file), file)));
    }
    const report = buildReport({ command: 'lint', policy: null, inputs: files, records: files.length, failOn, findings });
    return deliverReport(report, values, io);
  },
};
