import { loadPolicy } from '../policy/load.js';
import { runPolicyTests, type FixtureResult } from '../testing/run-policy-tests.js';
import { formatOf, parseCommandArgs, pathIn } from './_options.js';
import { policyFiles } from './_policies.js';
import type { Command } from './types.js';

/** `test [--fixtures DIR] [--format text|json] [POLICY...]`: run each policy's own fixtures. */
export const testCommand: Command = {
  name: 'test',
  summary: "run each policy's own fixtures (valid/ must be clean, invalid/ must give the codes expected.yaml lists)",
  usage: 'test [--fixtures DIR] [--format text|json] [POLICY...]',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('test', args, { fixtures: { type: 'string' }, format: { type: 'string', short: 'f' } });
    const format = formatOf('test', values.format);
    const root = pathIn(io, values.fixtures ?? 'fixtures/events');
    const results: FixtureResult[] = [];
    for (const file of await policyFiles('test', positionals, io)) {
      results.push(...(await runPolicyTests(await loadPolicy(pathIn(io, file), file), root)));
    }
    const failed = results.filter((r) => !r.pass).length;
    const stdout = format === 'json' ? `${JSON.stringify({ passed: results.length - failed, failed, results: results.map(({ findings: _f, ...r }) => r) }, null, 2)}\n` : renderText(results);
    return { stdout, exitCode: failed > 0 ? 1 : 0 };
  },
};

function renderText(results: readonly FixtureResult[]): string {
  const lines: string[] = [];
  let policy = '';
  for (const r of results) {
    if (r.policy !== policy) {
      policy = r.policy;
      lines.push(`${policy}`);
    }
    const codes = r.kind === 'valid' ? 'no findings' : r.expected.join(', ');
    lines.push(`  ${r.pass ? 'PASS' : 'FAIL'}  ${r.fixture}  (${codes})${r.pass ? '' : ` — ${r.reason ?? ''}`}`);
    if (!r.pass) for (const f of r.findings.slice(0, 5)) lines.push(`        ${f.code} ${f.line ? `${f.line}:` : ''}${f.pointer || '/'} ${f.message}`);
  }
  const failed = results.filter((r) => !r.pass).length;
  const policies = new Set(results.map((r) => r.policy)).size;
  lines.push('', `${failed === 0 ? '✔' : '✖'} ${policies} ${policies === 1 ? 'policy' : 'policies'}: ${results.length - failed} fixtures passed, ${failed} failed`);
  return `${lines.join('\n')}\n`;
}
