import { lintPolicy } from '../../lint/index.js';
import type { PolicyContext } from './context.js';
import type { StepBody } from './_step.js';

/** `telemetry-gate lint POLICY`: contradictions, weak pseudonyms, ReDoS and over-claims of the policy itself. */
export async function lintStep(ctx: PolicyContext): Promise<StepBody> {
  const findings = lintPolicy(ctx.loaded);
  return { records: 1, findings };
}

/** The command line of a lint step. */
export function lintCommandLine(ctx: Pick<PolicyContext, 'policyArg'>): string[] {
  return ['telemetry-gate', 'lint', ctx.policyArg];
}
