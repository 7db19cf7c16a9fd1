import type { EnvelopeFormat } from '../../envelope/types.js';
import type { Finding } from '../../findings/finding.js';
import { ToolError } from '../../errors.js';
import { readInput } from '../../input/read-inputs.js';
import { checkPayload } from '../../validate/validate.js';
import type { EnvelopeChoice } from '../config-types.js';
import { expandGlob } from '../glob.js';
import type { PolicyContext } from './context.js';
import { displayPath, type StepBody } from './_step.js';

/** The payload files a `payloads` entry names, as shown to a person (exit 2 when it names none). */
export async function payloadFiles(ctx: Pick<PolicyContext, 'configDir' | 'cwd'>, pattern: string): Promise<{ absolute: string; shown: string }[]> {
  const files = await expandGlob(pattern, ctx.configDir);
  if (files.length === 0) throw new ToolError('input-unreadable', `run: payloads "${pattern.slice(0, 120)}" match no file`);
  return files.map((absolute) => ({ absolute, shown: displayPath(ctx.cwd, absolute) }));
}

/** `telemetry-gate validate --policy P FILE...`: every payload of the files checked against the policy. */
export async function validateStep(ctx: PolicyContext, files: readonly { absolute: string; shown: string }[], envelope?: EnvelopeChoice): Promise<StepBody> {
  const findings: Finding[] = [];
  let records = 0;
  for (const file of files) {
    for (const payload of await readInput(file.absolute, undefined, file.shown)) {
      const result = checkPayload(ctx.compiled, payload.value, {
        input: file.shown,
        ...(payload.line !== undefined ? { line: payload.line } : {}),
        ...(envelope !== undefined ? { format: envelope as EnvelopeFormat | 'auto' } : {}),
      });
      records += result.records;
      findings.push(...result.findings);
    }
  }
  return { records, findings };
}

/** The command line of a validate step. */
export function validateCommandLine(ctx: Pick<PolicyContext, 'policyArg'>, files: readonly { shown: string }[], envelope?: EnvelopeChoice): string[] {
  return ['telemetry-gate', 'validate', '--policy', ctx.policyArg, ...(envelope ? ['--envelope', envelope] : []), ...files.map((f) => f.shown)];
}
