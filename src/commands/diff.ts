import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ToolError } from '../errors.js';
import { exitCode } from '../findings/summary.js';
import { assertGitRef, diffFindings, diffPolicies, gitPolicyFiles, loadGitPair, loadSide, renderDiffMarkdown, type PolicyChange, type PolicyPair } from '../diff/index.js';
import { buildReport } from '../report/report.js';
import { deliverReport, failOnOf, parseCommandArgs, pathIn, REPORT_OPTIONS } from './_options.js';
import type { CommandResult, Io } from './types.js';
import type { Command } from './types.js';

const COLUMNS = ['Direction', 'Change', 'File', 'Line', 'Pointer', 'Code', 'DPIA review'];

async function workingTreePolicies(io: Io): Promise<string[]> {
  try {
    return (await readdir(pathIn(io, 'policies'))).filter((n) => n.endsWith('.policy.yaml')).map((n) => join('policies', n));
  } catch {
    return [];
  }
}

async function gitPairs(ref: string, named: readonly string[], io: Io): Promise<PolicyPair[]> {
  await assertGitRef(ref, io.cwd);
  const paths = named.length > 0 ? [...named] : [...new Set([...(await workingTreePolicies(io)), ...(await gitPolicyFiles(ref, 'policies', io.cwd))])].sort();
  if (paths.length === 0) throw new ToolError('usage', 'diff: name a POLICY file (no policies/*.policy.yaml here or at the ref)');
  const pairs: PolicyPair[] = [];
  for (const path of paths) pairs.push(await loadGitPair(ref, path, pathIn(io, path), io.cwd));
  return pairs;
}

async function write(io: Io, output: string, text: string): Promise<void> {
  const target = resolve(io.cwd, output);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    throw new ToolError('input-unreadable', `diff: cannot write ${output}: ${(error as { code?: string }).code ?? 'error'}`);
  }
}

/** `diff BASE HEAD` or `diff --git REF [POLICY...]`: what a policy change adds to collection. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'what a policy change adds to collection, with provisions and DPIA review (exit 1 when it expands)',
  usage: 'diff [--format markdown|json|sarif|junit|text|github] [--output FILE] [--fail-on error|warning|info] (BASE_POLICY HEAD_POLICY | --git REF [POLICY...])',
  async run(args, io): Promise<CommandResult> {
    const { values, positionals } = parseCommandArgs('diff', args, { ...REPORT_OPTIONS, git: { type: 'string' } });
    const failOn = failOnOf('diff', values['fail-on']);
    const ref = values.git;
    let pairs: PolicyPair[];
    let labels: { base: string; head: string };
    if (ref !== undefined) {
      pairs = await gitPairs(ref, positionals, io);
      labels = { base: ref, head: 'working tree' };
    } else {
      const [basePath, headPath] = positionals;
      if (positionals.length !== 2 || basePath === undefined || headPath === undefined) throw new ToolError('usage', 'diff: give BASE_POLICY HEAD_POLICY, or --git REF [POLICY...]');
      pairs = [{ base: await loadSide(pathIn(io, basePath), basePath), head: await loadSide(pathIn(io, headPath), headPath), path: headPath }];
      labels = { base: basePath, head: headPath };
    }
    const changes: PolicyChange[] = pairs.flatMap((pair) => diffPolicies(pair.base, pair.head));
    const findings = pairs.flatMap((pair) => diffFindings(changes.filter((c) => c.file === (pair.head ?? pair.base)?.file), pair.path));
    if (values.format === undefined || values.format === 'markdown') {
      const text = renderDiffMarkdown(changes, labels);
      const code = exitCode(findings, failOn);
      if (values.output !== undefined) {
        await write(io, values.output, text);
        return { stdout: '', exitCode: code };
      }
      return { stdout: text, exitCode: code };
    }
    const single = pairs.length === 1 ? (pairs[0]?.head ?? null) : null;
    const report = buildReport({
      command: 'diff', policy: single, inputs: ref !== undefined ? pairs.map((p) => p.path) : [labels.base, labels.head],
      records: pairs.length, failOn, findings,
      tables: [{ title: 'Policy changes', columns: COLUMNS, rows: changes.map((c) => [c.direction, c.message, c.file, c.line ?? '', c.pointer, c.code ?? '', c.dpia ? 'yes' : 'no']) }],
    });
    return deliverReport(report, values, io);
  },
};
