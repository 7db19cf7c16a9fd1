import { compilePolicy } from '../compile/compile.js';
import { ToolError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { readInput } from '../input/read-inputs.js';
import { loadPolicy } from '../policy/load.js';
import { buildReport } from '../report/report.js';
import type { EnvelopeFormat } from '../envelope/types.js';
import { checkPayload } from '../validate/validate.js';
import { deliverReport, failOnOf, parseCommandArgs, pathIn, REPORT_OPTIONS, required } from './_options.js';
import type { Command } from './types.js';

const ENVELOPES = ['auto', 'json', 'ndjson', 'posthog', 'segment', 'otlp'] as const;

/** `validate --policy P [--format F] [--output FILE] [--fail-on S] [--envelope E] INPUT...` */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check payloads against a policy (allow-list, prohibited data, pseudonyms, consent, PII)',
  usage: 'validate --policy P [--format F] [--output FILE] [--fail-on error|warning|info] [--envelope auto|json|posthog|segment|otlp] INPUT...',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('validate', args, {
      ...REPORT_OPTIONS,
      policy: { type: 'string', short: 'p' },
      envelope: { type: 'string' },
    });
    const policyPath = required('validate', 'policy', values.policy);
    if (positionals.length === 0) throw new ToolError('usage', 'validate: name at least one INPUT (a .json or .ndjson file, or - for stdin)');
    const envelope = values.envelope;
    if (envelope !== undefined && !(ENVELOPES as readonly string[]).includes(envelope)) {
      throw new ToolError('usage', `validate: --envelope must be one of ${ENVELOPES.join(', ')}`);
    }
    const failOn = failOnOf('validate', values['fail-on']);
    const loaded = await loadPolicy(pathIn(io, policyPath), policyPath);
    const compiled = compilePolicy(loaded);
    const findings: Finding[] = [];
    let records = 0;
    for (const input of positionals) {
      const payloads = await readInput(input === '-' ? '-' : pathIn(io, input), () => io.readStdin(), input);
      for (const payload of payloads) {
        const result = checkPayload(compiled, payload.value, {
          input,
          ...(payload.line !== undefined ? { line: payload.line } : {}),
          ...(envelope ? { format: envelope as EnvelopeFormat | 'auto' } : {}),
        });
        records += result.records;
        findings.push(...result.findings);
      }
    }
    const report = buildReport({ command: 'validate', policy: loaded, inputs: positionals, records, failOn, findings });
    return deliverReport(report, values, io);
  },
};
