import { ToolError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { readInput } from '../input/read-inputs.js';
import { buildReport } from '../report/report.js';
import { scanPayload } from '../validate/scan.js';
import { deliverReport, failOnOf, parseCommandArgs, pathIn, REPORT_OPTIONS } from './_options.js';
import type { Command } from './types.js';

/** `scan [--format F] [--output FILE] [--fail-on S] INPUT...`: every detector, no policy. */
export const scanCommand: Command = {
  name: 'scan',
  summary: 'scan payloads for personal data and secrets, no policy needed',
  usage: 'scan [--format F] [--output FILE] [--fail-on error|warning|info] INPUT...',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('scan', args, { ...REPORT_OPTIONS });
    if (positionals.length === 0) throw new ToolError('usage', 'scan: name at least one INPUT (a .json or .ndjson file, or - for stdin)');
    const failOn = failOnOf('scan', values['fail-on']);
    const findings: Finding[] = [];
    let records = 0;
    for (const input of positionals) {
      for (const payload of await readInput(input === '-' ? '-' : pathIn(io, input), () => io.readStdin(), input)) {
        const result = scanPayload(payload.value, { input, ...(payload.line !== undefined ? { line: payload.line } : {}) });
        records += result.records;
        findings.push(...result.findings);
      }
    }
    return deliverReport(buildReport({ command: 'scan', policy: null, inputs: positionals, records, failOn, findings }), values, io);
  },
};
