import { resolve } from 'node:path';
import { runPolicyTests } from '../../testing/run-policy-tests.js';
import type { PolicyContext } from './context.js';
import type { StepBody } from './_step.js';

/** `telemetry-gate test --fixtures DIR POLICY`: the policy's own valid/ and invalid/ fixtures. */
export async function testStep(ctx: PolicyContext, fixtures: string): Promise<StepBody> {
  const results = await runPolicyTests(ctx.loaded, resolve(ctx.configDir, fixtures));
  const failed = results.filter((r) => !r.pass);
  return {
    records: results.length,
    // Only a failed fixture's findings are news; an invalid fixture's expected findings are the test passing.
    findings: failed.flatMap((r) => r.findings),
    failed: failed.length > 0,
    tables: [{
      title: 'Fixtures',
      columns: ['fixture', 'kind', 'expected', 'actual', 'result'],
      rows: results.map((r) => [r.fixture, r.kind, r.expected.join(', ') || 'none', r.actual.join(', ') || 'none', r.pass ? 'pass' : `FAIL: ${r.reason ?? ''}`]),
    }],
  };
}
