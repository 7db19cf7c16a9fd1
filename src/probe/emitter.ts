import type { CompiledPolicy } from '../compile/compile.js';
import { ToolError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import type { ReportTable } from '../report/report.js';
import { startGateServer } from '../serve/gate-server.js';
import type { Exchange } from '../serve/types.js';
import { runEmitter, type EmitterRun } from './run-emitter.js';
import { consentScenarios, type Scenario } from './scenarios.js';
import { makeFinding } from '../findings/make.js';
import { maskValue } from '../findings/mask.js';
import type { Regime } from '../findings/regulations.js';
import { scanPayload } from '../validate/scan.js';
import { checkPayload } from '../validate/validate.js';
import { canaryFindings, findCanaries, type Canaries } from './canary.js';
import { decodeCapturedBody } from './decode-body.js';

/** Extra checks per scenario (the canary engine plugs in here): variables to add and a check of what was captured. */
export interface ProbeHooks {
  /** Variables (e.g. `TG_CANARY_EMAIL`) and stdin for one run. */
  prepare?(scenario: Scenario): Promise<{ env?: Record<string, string>; stdin?: string }> | { env?: Record<string, string>; stdin?: string };
  /** Findings about the captured exchanges (e.g. `canary-leak`); input should be the scenario name. */
  inspect?(scenario: Scenario, exchanges: readonly Exchange[]): Finding[] | Promise<Finding[]>;
}

/** What the emitter probe needs. */
export interface ProbeEmitterOptions {
  readonly compiled: CompiledPolicy;
  readonly command: string;
  readonly args: readonly string[];
  /** `NAME` → template; `{url}` becomes the capture server's base URL (no trailing slash). */
  readonly envTemplates?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
  /** Scenarios to run (default: derived from the policy's consent section). */
  readonly scenarios?: readonly Scenario[];
  readonly graceMs?: number;
  /** Working directory of the emitter (default: ours). */
  readonly cwd?: string;
  readonly maxBodyBytes?: number;
  readonly hooks?: ProbeHooks;
  /** Called after each scenario (progress). */
  readonly onScenario?: (result: ScenarioResult) => void;
}

/** What the probe found: findings (input = scenario name) and the consent matrix. */
export interface ProbeEmitterResult {
  readonly findings: Finding[];
  readonly matrix: ReportTable;
  readonly results: ScenarioResult[];
  /** Payloads captured over all scenarios. */
  readonly records: number;
}

/** One scenario as run and judged. */
export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly run: EmitterRun;
  readonly requests: number;
  /** Body bytes as sent, summed over the scenario's requests. */
  readonly bytes: number;
  readonly findings: readonly Finding[];
}

/** Most requests per scenario whose query strings are scanned. */
const MAX_QUERY_SCANS = 100;

/** Most scenarios one probe runs. */
export const MAX_SCENARIOS = 500;

/** Run the emitter once per scenario against a loopback capture server and judge consent and payloads. */
export async function probeEmitter(options: ProbeEmitterOptions): Promise<ProbeEmitterResult> {
  const scenarios = options.scenarios ?? consentScenarios(options.compiled.policy);
  if (scenarios.length > MAX_SCENARIOS) throw new ToolError('input-too-large', `probe: ${scenarios.length} scenarios, over the limit of ${MAX_SCENARIOS}`);
  const server = await startGateServer({
    compiled: options.compiled, mode: 'capture', host: '127.0.0.1', port: 0,
    ...(options.maxBodyBytes !== undefined ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  const results: ScenarioResult[] = [];
  const findings: Finding[] = [];
  let records = 0;
  try {
    const endpoints = expandTemplates(options.envTemplates ?? {}, server.url);
    for (const scenario of scenarios) {
      await server.reset();
      const extra = (await options.hooks?.prepare?.(scenario)) ?? {};
      const run: EmitterRun = await runEmitter({
        command: options.command, args: options.args, timeoutMs: options.timeoutMs ?? 10_000, homeFiles: scenario.homeFiles,
        env: { ...endpoints, ...extra.env, ...scenario.env },
        ...(extra.stdin !== undefined ? { stdin: extra.stdin } : {}),
        ...(options.graceMs !== undefined ? { graceMs: options.graceMs } : {}),
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      });
      if (run.spawnError !== undefined) throw new ToolError('usage', `probe: cannot run ${options.command.slice(0, 80)}: ${run.spawnError}`);
      const exchanges = server.exchanges();
      records += server.records().length;
      const payloadFindings = server.findings().map((f): Finding => ({ ...f, input: scenario.name, path: f.input }));
      const hookFindings = (await options.hooks?.inspect?.(scenario, exchanges)) ?? [];
      const all = [...scenarioFindings(scenario, run, exchanges, options.compiled.policy.regulations), ...payloadFindings, ...hookFindings];
      const result: ScenarioResult = { scenario, run, requests: exchanges.length, bytes: sum(exchanges.map((e) => e.bodyBytes)), findings: all };
      results.push(result);
      findings.push(...all);
      options.onScenario?.(result);
    }
  } finally {
    await server.close();
  }
  return { findings, matrix: matrixTable(results), results, records };
}

/**
 * The canary hooks: every run gets the canaries as `TG_CANARY_*` variables, a JSON file named by `TG_CANARIES`
 * (written by the caller at `canaryFile`) and stdin; every captured body (and query) is decoded and searched for
 * them (`canary-leak`), and OTLP protobuf bodies, which the capture server cannot read, are validated here.
 */
export function canaryHooks(compiled: CompiledPolicy, canaries: Canaries, canaryFile: string): ProbeHooks {
  return {
    prepare: () => ({ env: { ...canaries.env(), TG_CANARIES: canaryFile }, stdin: canaries.stdin() }),
    inspect: (scenario, exchanges) => {
      const out: Finding[] = [];
      for (const exchange of exchanges.slice(0, MAX_QUERY_SCANS)) {
        const decoded = decodeCapturedBody(exchange);
        const text = `${decoded.text}\n${Object.values(exchange.query).join('\n')}`;
        out.push(...canaryFindings(findCanaries(text, canaries), { input: scenario.name }).map((f) => ({ ...f, path: clip(exchange.path) })));
        if (decoded.form !== 'otlp-protobuf') continue;
        for (const payload of decoded.payloads) {
          try {
            out.push(...checkPayload(compiled, payload, { input: scenario.name }).findings.map((f) => ({ ...f, path: clip(exchange.path) })));
          } catch {
            // Too deep to check: the capture server reports such bodies for JSON; protobuf nesting is bounded by the decoder.
          }
        }
      }
      return out;
    },
  };
}

/** Expand `{url}` in each template with the capture server's base URL (no trailing slash). */
export function expandTemplates(templates: Readonly<Record<string, string>>, url: string): Record<string, string> {
  const base = url.replace(/\/+$/, '');
  const out: Record<string, string> = {};
  for (const [name, template] of Object.entries(templates)) out[name] = template.split('{url}').join(base);
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The consent verdicts of one scenario: egress without consent, consent not honoured, state written, unreadable bodies. */
export function scenarioFindings(scenario: Scenario, run: Pick<EmitterRun, 'homeWrites' | 'timedOut'>, exchanges: readonly Exchange[], regimes?: readonly Regime[]): Finding[] {
  const out: Finding[] = [];
  const input = scenario.name;
  const first = exchanges[0];
  if (scenario.expect === 'silent' && first !== undefined) {
    out.push(makeFinding({
      code: 'egress-without-consent', input, pointer: '', rule: 'consent',
      message: `${exchanges.length} request(s) made although consent is absent or withdrawn; first: ${first.method} ${clip(first.path)}`,
    }, regimes));
  }
  if (scenario.expect === 'send' && exchanges.length === 0) {
    out.push(makeFinding({
      code: 'consent-not-honoured', input, pointer: '', rule: 'consent',
      message: `no request made although consent was given${run.timedOut ? ' (the emitter was ended at the timeout)' : ''}`,
    }, regimes));
  }
  const firstFile = run.homeWrites[0];
  if (scenario.expect === 'silent' && firstFile !== undefined) {
    out.push(makeFinding({
      code: 'state-written-without-consent', input, pointer: '', field: clip(firstFile), rule: 'consent',
      message: `${run.homeWrites.length} file(s) written under HOME while telemetry was off; first: ~/${clip(firstFile)}`,
    }, regimes));
  }
  for (const exchange of exchanges.slice(0, MAX_QUERY_SCANS)) {
    if (Object.keys(exchange.query).length === 0) continue;
    // The query is not a payload the capture server validates: run the detectors over it (e.g. a base64 email).
    try {
      for (const f of scanPayload(exchange.query, { input, format: 'auto' }).findings) out.push({ ...f, path: `${clip(exchange.path)}?query` });
    } catch {
      // A query too deep to scan cannot happen (it is flat); nothing to report.
    }
  }
  for (const exchange of exchanges) {
    // A GET carries no body to check (it still counts as egress above).
    if (exchange.problem === undefined || exchange.problem === 'method-not-allowed') continue;
    out.push(makeFinding({
      code: 'invalid-value', input, pointer: '', rule: 'probe/body-unreadable',
      message: `the body of ${exchange.method} ${clip(exchange.path)} (${exchange.bodyBytes} bytes) could not be checked: ${exchange.problem}`,
    }, regimes));
  }
  return out;
}

/** The consent matrix: one row per scenario. */
export function matrixTable(results: readonly ScenarioResult[]): ReportTable {
  return {
    title: 'Consent matrix',
    columns: ['scenario', 'variables', 'expected', 'requests', 'bytes', 'files written to HOME', 'exit', 'verdict'],
    rows: results.map((r) => [
      r.scenario.name,
      describeSetup(r.scenario),
      r.scenario.expect,
      r.requests,
      r.bytes,
      r.run.homeWrites.length === 0 ? '-' : r.run.homeWrites.slice(0, 3).map((f) => `~/${clip(f)}`).join(', ') + (r.run.homeWrites.length > 3 ? ', …' : ''),
      r.run.timedOut ? 'timeout' : r.run.signal ?? String(r.run.exitCode ?? '-'),
      verdictOf(r),
    ]),
  };
}

/** Variables whose values the matrix masks (canaries and credentials). */
const SENSITIVE_NAME = /CANARY|TOKEN|SECRET|PASSWORD|PASSWD|KEY|AUTH|EMAIL|PHONE/i;

function describeSetup(scenario: Scenario): string {
  const vars = Object.entries(scenario.env).map(([k, v]) => `${k}=${SENSITIVE_NAME.test(k) ? maskValue(v) : clip(v)}`);
  const files = Object.keys(scenario.homeFiles).map((f) => `~/${clip(f)}`);
  const all = [...vars, ...files];
  return all.length === 0 ? '-' : all.join(' ');
}

function verdictOf(result: ScenarioResult): string {
  const codes = [...new Set(result.findings.map((f) => f.code))];
  return codes.length === 0 ? 'ok' : codes.join(', ');
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
