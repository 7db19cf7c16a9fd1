import { resolve } from 'node:path';
import { ToolError } from '../errors.js';
import { complianceOutputs } from '../run/compliance-outputs.js';
import { executeRun } from '../run/execute-run.js';
import { loadRunConfig } from '../run/load-config.js';
import { runProgress } from '../run/progress.js';
import { displayPath } from '../run/steps/_step.js';
import { REPORT_FILES, writeReports } from '../run/write-reports.js';
import { failOnOf, parseCommandArgs, pathIn } from './_options.js';
import type { Command } from './types.js';

const NAME = 'run';
/** The config `run` reads when none is named. */
export const DEFAULT_CONFIG = 'telemetry-gate.config.yaml';

/** `run [--config FILE] [--reports DIR] [--fail-on S]`: the CI entry point; every step of the config, into the reports directory. */
export const runCommand: Command = {
  name: NAME,
  summary: 'the CI entry point: lint, test, validate, fuzz, probe and bench as the config says; writes summary.md, SARIF, JUnit, evidence and per-regime reports',
  usage: `${NAME} [--config ${DEFAULT_CONFIG}] [--reports DIR] [--fail-on error|warning|info]`,
  async run(args, io) {
    const { values } = parseCommandArgs(NAME, args, {
      config: { type: 'string', short: 'c' },
      reports: { type: 'string' },
      'fail-on': { type: 'string' },
    }, false);
    const configArg = values.config ?? DEFAULT_CONFIG;
    const config = await loadRunConfig(pathIn(io, configArg), configArg);
    const failOn = failOnOf(NAME, values['fail-on'], config.config.failOn ?? 'error');
    const reportsDir = values.reports !== undefined ? pathIn(io, values.reports) : resolve(config.dir, config.config.reports ?? 'reports');
    const live = io.stdoutIsTTY && process.stderr.isTTY ? process.stderr : undefined;
    const result = await executeRun(config, { cwd: io.cwd, env: io.env, failOn, progress: runProgress({ log: io.log, ...(live ? { live } : {}) }) });
    const written = await writeReports(reportsDir, result, complianceOutputs(result));
    const shown = displayPath(io.cwd, reportsDir);
    const { outcome, steps } = result.evidence;
    if (outcome.exitCode === 2) {
      const failed = steps.filter((s) => s.status === 'error' && s.advisory !== true);
      const first = failed[0];
      const code = first?.kind === 'fuzz-receiver' || first?.kind === 'bench-receiver' ? 'url-unreachable' : 'input-unreadable';
      throw new ToolError(code, `${NAME}: ${failed.length} step(s) could not run, first ${first?.id ?? '?'}: ${first?.error ?? 'unknown reason'} (reports in ${shown}/)`);
    }
    const verdict = outcome.exitCode === 1
      ? `✖ ${outcome.summary.findings} finding(s) at or above ${failOn} in gating steps`
      : `✔ no finding at or above ${failOn} in gating steps`;
    const stdout = `telemetry-gate run: ${verdict}; ${steps.length} steps over ${result.policies.length} policies.\n` +
      `Reports in ${shown}/: ${written.join(', ')} (start with ${REPORT_FILES.summary}).\n`;
    return { stdout, exitCode: outcome.exitCode };
  },
};
