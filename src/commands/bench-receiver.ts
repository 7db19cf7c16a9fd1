import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { compilePolicy } from '../compile/compile.js';
import { ToolError } from '../errors.js';
import { loadPolicy } from '../policy/load.js';
import { TOOL } from '../report/report.js';
import { isLoopbackUrl } from '../serve/loopback.js';
import { renderLoad, runLoad } from '../serve/run-load.js';
import { samplePayloads } from '../serve/sample-payloads.js';
import { parseCommandArgs, pathIn, required } from './_options.js';
import type { Command } from './types.js';

const NAME = 'bench receiver';

/** `bench receiver --policy P --url URL [--duration S] [--connections N] [--pool N] [--seed S] [--output FILE] [--allow-remote]` */
export const benchReceiverCommand: Command = {
  name: NAME,
  summary: 'load-test a receiver with conforming payloads from a policy (autocannon): req/s, latency p50/p90/p99, errors, non-2xx',
  usage: `${NAME} --policy P --url URL [--duration S] [--connections N] [--pool N] [--seed S] [--output FILE] [--allow-remote]`,
  async run(args, io) {
    const { values } = parseCommandArgs(NAME, args, {
      policy: { type: 'string', short: 'p' },
      url: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      pool: { type: 'string' },
      seed: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'allow-remote': { type: 'boolean' },
    }, false);
    const policyPath = required(NAME, 'policy', values.policy);
    const url = urlOf(required(NAME, 'url', values.url), values['allow-remote'] === true);
    const durationS = intOf('duration', values.duration, 10, 1, 3600);
    const connections = intOf('connections', values.connections, 10, 1, 1000);
    const poolSize = intOf('pool', values.pool, 64, 1, 10_000);
    const seed = intOf('seed', values.seed, 1, 0, 2 ** 31 - 1);

    const loaded = await loadPolicy(pathIn(io, policyPath));
    const compiled = compilePolicy(loaded);
    if (url.pathname === '/' && compiled.policy.receiver?.path) url.pathname = compiled.policy.receiver.path;
    const bodies = samplePayloads(compiled, { seed, count: poolSize }).map((p) => JSON.stringify(p));
    if (bodies.length === 0) throw new ToolError('compile-failed', `${NAME}: no conforming payload could be generated for policy ${compiled.policy.policy}`);
    await preflight(url, bodies[0]!, io.log);

    io.log(`${NAME}: ${bodies.length} conforming payloads, ${connections} connections, ${durationS} s against ${url.href}`);
    const progress = io.stdoutIsTTY && process.stderr.isTTY ? process.stderr : undefined;
    const result = await runLoad({ url: url.href, bodies, connections, durationS, ...(progress ? { progress } : {}) });
    const text = renderLoad(`${NAME} (policy ${compiled.policy.policy})`, result);
    if (values.output !== undefined) {
      const target = pathIn(io, values.output);
      const json = { tool: TOOL.name, command: NAME, policy: compiled.policy.policy, seed, pool: bodies.length, result };
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, `${JSON.stringify(json, null, 2)}\n`);
      } catch (error) {
        throw new ToolError('input-unreadable', `${NAME}: cannot write ${values.output}: ${(error as { code?: string }).code ?? 'error'}`);
      }
    }
    return { stdout: text, exitCode: result.errors + result.non2xx > 0 ? 1 : 0 };
  },
};

function urlOf(text: string, allowRemote: boolean): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ToolError('usage', `${NAME}: --url is not a URL`);
  }
  if (url.protocol !== 'http:') throw new ToolError('usage', `${NAME}: --url must be http:// (autocannon speaks plain HTTP here)`);
  if (!allowRemote && !isLoopbackUrl(url)) {
    throw new ToolError('usage', `${NAME}: ${url.host} is not a loopback address; pass --allow-remote to load-test a remote receiver`);
  }
  return url;
}

function intOf(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new ToolError('usage', `${NAME}: --${name} must be an integer from ${min} to ${max}`);
  return n;
}

/** One request first: an unreachable receiver is a tool error, a rejected conforming payload a warning. */
async function preflight(url: URL, body: string, log: (line: string) => void): Promise<void> {
  let status: number;
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(5000) });
    status = response.status;
    await response.arrayBuffer();
  } catch (error) {
    const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new ToolError('url-unreachable', `${NAME}: ${url.host} did not answer (${reason})`);
  }
  if (status < 200 || status > 299) log(`${NAME}: warning: the receiver answered ${status} to a conforming payload; non-2xx answers will be counted`);
}
