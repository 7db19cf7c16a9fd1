import { compilePolicy } from '../compile/compile.js';
import { decodeUtf8, readBytes } from '../_fs.js';
import { ToolError } from '../errors.js';
import { loadPolicy } from '../policy/load.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { makeCanaries } from '../probe/canary.js';
import { canaryHooks, probeEmitter } from '../probe/emitter.js';
import { parseScenarioFile } from '../probe/scenarios.js';
import { buildReport } from '../report/report.js';
import { deliverReport, failOnOf, parseCommandArgs, pathIn, REPORT_OPTIONS, required } from './_options.js';
import type { Command } from './types.js';

const NAME = 'probe';

/** `probe emitter --policy P [--env NAME={url}]... [--timeout S] [--scenarios FILE] -- CMD ARG...`: the consent matrix of an emitter. */
export const probeCommand: Command = {
  name: NAME,
  summary: 'run an emitter once per consent scenario against a loopback capture server; flag egress without consent and bad payloads',
  usage: `${NAME} emitter --policy P [--env NAME={url}]... [--timeout S] [--scenarios FILE] [--format F] [--output FILE] [--fail-on S] -- CMD ARG...`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'emitter') throw new ToolError('usage', `${NAME}: expected "emitter" as the first argument (${NAME} emitter --policy P -- CMD ARG...)`);
    const split = rest.indexOf('--');
    if (split < 0) throw new ToolError('usage', `${NAME} emitter: give the emitter command after "--" (e.g. -- node emitter.mjs)`);
    const [command, ...commandArgs] = rest.slice(split + 1);
    if (command === undefined || command === '') throw new ToolError('usage', `${NAME} emitter: no command after "--"`);
    const { values } = parseCommandArgs(`${NAME} emitter`, rest.slice(0, split), {
      policy: { type: 'string', short: 'p' },
      env: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      scenarios: { type: 'string' },
      ...REPORT_OPTIONS,
    }, false);
    const failOn = failOnOf(NAME, values['fail-on']);
    const policyPath = required(`${NAME} emitter`, 'policy', values.policy);
    const loaded = await loadPolicy(pathIn(io, policyPath), policyPath);
    const compiled = compilePolicy(loaded);
    const envTemplates = templatesOf(values.env ?? []);
    const timeoutMs = timeoutOf(values.timeout);
    const scenarios = values.scenarios === undefined
      ? undefined
      : parseScenarioFile(decodeUtf8(await readBytes(pathIn(io, values.scenarios), 'scenario file', 'input-unreadable', 1024 * 1024, values.scenarios), 'scenario file', 'input-invalid'), values.scenarios);
    const started = Date.now();
    const seed = randomInt(0, 2 ** 31);
    const canaries = makeCanaries(seed);
    const canaryDir = await mkdtemp(join(tmpdir(), 'tg-probe-canaries-'));
    const canaryFile = join(canaryDir, 'canaries.json');
    let result;
    try {
      await writeFile(canaryFile, canaries.json());
      result = await probeEmitter({
        compiled, command, args: commandArgs, envTemplates, timeoutMs, cwd: io.cwd,
        ...(scenarios ? { scenarios } : {}),
        hooks: canaryHooks(compiled, canaries, canaryFile),
        onScenario: (r) => io.log(`${NAME}: ${r.scenario.name}: ${r.requests} request(s), ${r.findings.length} finding(s)${r.run.timedOut ? ', timed out' : ''}`),
      });
    } finally {
      await rm(canaryDir, { recursive: true, force: true });
    }
    const report = buildReport({
      command: `${NAME} emitter`,
      policy: loaded,
      inputs: [[command, ...commandArgs].join(' ').slice(0, 200)],
      records: result.records,
      failOn,
      seed,
      findings: result.findings,
      tables: [result.matrix],
      timings: { probeMs: Date.now() - started },
    });
    return deliverReport(report, values, io);
  },
};

/** Parse `--env NAME=TEMPLATE` options. */
export function templatesOf(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq);
    if (eq < 0 || !/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(name)) throw new ToolError('usage', `${NAME} emitter: --env must be NAME=TEMPLATE (e.g. OTEL_EXPORTER_OTLP_ENDPOINT={url}), not "${item.slice(0, 60)}"`);
    if (name === 'PATH' || name === 'HOME') throw new ToolError('usage', `${NAME} emitter: --env cannot set ${name} (the sandbox owns it)`);
    out[name] = item.slice(eq + 1);
  }
  return out;
}

function timeoutOf(text: string | undefined): number {
  if (text === undefined) return 10_000;
  const seconds = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > 600) throw new ToolError('usage', `${NAME} emitter: --timeout must be a number of seconds from 0.1 to 600`);
  return Math.max(100, Math.round(seconds * 1000));
}
