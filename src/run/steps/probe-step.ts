import { randomInt } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeUtf8, readBytes } from '../../_fs.js';
import { makeCanaries } from '../../probe/canary.js';
import { canaryHooks, probeEmitter } from '../../probe/emitter.js';
import { consentScenarios, parseScenarioFile, type Scenario } from '../../probe/scenarios.js';
import type { EmitterEntry } from '../config-types.js';
import type { PolicyContext } from './context.js';
import { displayPath, type StepBody } from './_step.js';

/** The scenarios an emitter entry runs: its scenario file, or those the policy's consent section implies. */
export async function emitterScenarios(ctx: Pick<PolicyContext, 'configDir' | 'cwd' | 'compiled'>, entry: EmitterEntry): Promise<Scenario[]> {
  if (entry.scenarios === undefined) return consentScenarios(ctx.compiled.policy);
  const file = resolve(ctx.configDir, entry.scenarios);
  const shown = displayPath(ctx.cwd, file);
  return parseScenarioFile(decodeUtf8(await readBytes(file, 'scenario file', 'input-unreadable', 1024 * 1024, shown), 'scenario file', 'input-invalid'), shown);
}

/** The canary seed of an emitter entry (fresh when none is configured). */
export function emitterSeed(entry: EmitterEntry): number {
  return entry.seed ?? randomInt(0, 2 ** 31);
}

/** `telemetry-gate probe emitter --policy P --env NAME={url} -- CMD`: the emitter once per consent scenario against a capture server. */
export async function probeStep(ctx: PolicyContext, entry: EmitterEntry, scenarios: readonly Scenario[], seed: number): Promise<StepBody> {
  const [first, ...args] = entry.command;
  const canaries = makeCanaries(seed);
  const dir = await mkdtemp(join(tmpdir(), 'tg-run-canaries-'));
  const canaryFile = join(dir, 'canaries.json');
  try {
    await writeFile(canaryFile, canaries.json());
    const result = await probeEmitter({
      compiled: ctx.compiled,
      command: first === 'node' ? process.execPath : (first ?? ''),
      args,
      envTemplates: entry.env ?? {},
      timeoutMs: Math.max(100, Math.round((entry.timeout ?? 10) * 1000)),
      cwd: ctx.configDir,
      scenarios,
      hooks: canaryHooks(ctx.compiled, canaries, canaryFile),
    });
    return { records: result.records, findings: result.findings, seed, tables: [result.matrix] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The command line of a probe step. */
export function probeCommandLine(ctx: Pick<PolicyContext, 'policyArg' | 'configDir' | 'cwd'>, entry: EmitterEntry): string[] {
  const env = Object.entries(entry.env ?? {}).flatMap(([name, template]) => ['--env', `${name}=${template}`]);
  const scenarios = entry.scenarios === undefined ? [] : ['--scenarios', displayPath(ctx.cwd, resolve(ctx.configDir, entry.scenarios))];
  const timeout = entry.timeout === undefined ? [] : ['--timeout', String(entry.timeout)];
  return ['telemetry-gate', 'probe', 'emitter', '--policy', ctx.policyArg, ...env, ...scenarios, ...timeout, '--', ...entry.command];
}
