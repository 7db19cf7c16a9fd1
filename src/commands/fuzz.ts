import { readFile } from 'node:fs/promises';
import { compilePolicy } from '../compile/compile.js';
import { ToolError } from '../errors.js';
import { fuzzReceiver } from '../fuzz/fuzz-receiver.js';
import { replayCommand } from '../fuzz/replay.js';
import { loadPolicy } from '../policy/load.js';
import { buildReport, type ReportTable } from '../report/report.js';
import { deliverReport, failOnOf, parseCommandArgs, pathIn, REPORT_OPTIONS, required } from './_options.js';
import type { Command } from './types.js';

const USAGE =
  'fuzz receiver --policy P --url URL [--runs N] [--seed S] [--path P] [--header "K: V"]... [--timeout MS] [--concurrency N] ' +
  '[--inspect URL] [--ca FILE] [--insecure] [--allow-remote] [--format F] [--output FILE] [--fail-on error|warning|info]';

/** `fuzz receiver …`: send conforming, violating and malformed payloads to a receiver and judge its answers. */
export const fuzzCommand: Command = {
  name: 'fuzz',
  summary: 'fuzz a receiver with conforming, violating and malformed payloads (loopback unless --allow-remote)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('fuzz', args, {
      ...REPORT_OPTIONS,
      policy: { type: 'string', short: 'p' },
      url: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      path: { type: 'string' },
      header: { type: 'string', multiple: true },
      timeout: { type: 'string' },
      concurrency: { type: 'string' },
      inspect: { type: 'string' },
      ca: { type: 'string' },
      insecure: { type: 'boolean' },
      'allow-remote': { type: 'boolean' },
    });
    if (positionals[0] !== 'receiver' || positionals.length > 1) throw new ToolError('usage', `fuzz: usage: telemetry-gate ${USAGE}`);
    const policyPath = required('fuzz receiver', 'policy', values.policy);
    const url = required('fuzz receiver', 'url', values.url);
    const failOn = failOnOf('fuzz receiver', values['fail-on']);
    const ca = values.ca === undefined ? undefined : await readCa(pathIn(io, values.ca), values.ca);
    if (values.insecure) io.log('telemetry-gate: warning: --insecure: TLS certificates of the receiver are NOT verified');
    const loaded = await loadPolicy(pathIn(io, policyPath));
    const compiled = compilePolicy(loaded);
    const started = performance.now();
    const result = await fuzzReceiver({
      compiled,
      url,
      policyArg: policyPath,
      ...optionalInt('runs', values.runs, 1, 10_000),
      ...optionalInt('seed', values.seed, -0x80000000, 0x7fffffff),
      ...optionalInt('timeoutMs', values.timeout, 10, 600_000, '--timeout'),
      ...optionalInt('concurrency', values.concurrency, 1, 64),
      ...(values.path !== undefined ? { path: values.path } : {}),
      headers: parseHeaders(values.header ?? []),
      ...(values.inspect !== undefined ? { inspectUrl: values.inspect } : {}),
      ...(ca !== undefined ? { ca } : {}),
      insecure: values.insecure === true,
      allowRemote: values['allow-remote'] === true,
    });
    for (const note of result.notes) io.log(`telemetry-gate: fuzz receiver: ${note}`);
    const replay = replayCommand({ policy: policyPath, url, seed: result.seed });
    const report = buildReport({
      command: 'fuzz receiver',
      policy: { ...loaded, file: policyPath },
      inputs: [url],
      records: result.cases,
      failOn,
      findings: result.findings,
      seed: result.seed,
      replay,
      tables: [casesTable(result.summary), ...(values.insecure ? [insecureTable()] : [])],
      timings: { totalMs: Math.round(performance.now() - started) },
    });
    return deliverReport(report, values, io);
  },
};

function casesTable(summary: Awaited<ReturnType<typeof fuzzReceiver>>['summary']): ReportTable {
  return {
    title: 'Receiver cases',
    columns: ['case', 'expected', 'requests', 'result'],
    rows: summary.map((s) => [s.name, s.expect, s.sent, s.skipped ? 'not run' : s.failed ? 'FAILED' : 'ok']),
  };
}

function insecureTable(): ReportTable {
  return { title: 'TLS', columns: ['option', 'effect'], rows: [['--insecure', 'receiver certificates were NOT verified']] };
}

/** Parse repeated `--header 'Name: value'` options. */
export function parseHeaders(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new ToolError('usage', 'fuzz receiver: --header must look like "Name: value"');
    out[name.toLowerCase()] = line.slice(colon + 1).trim();
  }
  return out;
}

function optionalInt<K extends string>(key: K, value: string | undefined, min: number, max: number, flag = `--${key}`): Partial<Record<K, number>> {
  if (value === undefined) return {};
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
    throw new ToolError('usage', `fuzz receiver: ${flag} must be an integer from ${min} to ${max}, not "${value.slice(0, 20)}"`);
  }
  return { [key]: n } as Partial<Record<K, number>>;
}

async function readCa(path: string, given: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new ToolError('input-unreadable', `fuzz receiver: cannot read --ca ${given}: ${(error as { code?: string }).code ?? 'error'}`);
  }
}
