#!/usr/bin/env node
/**
 * Receiver throughput: `serve --mode enforce` against a bare node:http server (reads the body,
 * JSON.parse, 202), same payloads, same connections, same run. Each server runs in its own child
 * process so autocannon does not share its event loop. Uses the built code in dist/ (npm run build).
 *
 *   node scripts/bench-receiver.mjs [--duration S] [--rounds N] [--warmup S] [--connections N] [--policies a.yaml,b.yaml] [--primary-only]
 *
 * Merges receiver-enforce-rps / bare-node-http-rps and receiver-enforce-p99-ms / bare-node-http-p99-ms
 * (the primary policy; per-policy figures get an `@policy` suffix) into reports/bench/results.json
 * with src/bench/results.ts, and a `receiver` section into results.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const REPORTS = join(ROOT, 'reports/bench');
const SELF = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();

/** Child: start one server on 127.0.0.1:0, print `READY <url>`, run until killed. */
async function child(kind, policyPath) {
  if (kind === 'bare') {
    const body = '{"status":"accepted"}';
    const server = createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        try {
          JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          res.writeHead(400).end();
          return;
        }
        res.writeHead(202, { 'content-type': 'application/json', 'content-length': body.length });
        res.end(body);
      });
    });
    server.listen(0, '127.0.0.1', () => process.stdout.write(`READY http://127.0.0.1:${server.address().port}\n`));
    return;
  }
  const { loadPolicy } = await import(join(DIST, 'policy/load.js'));
  const { compilePolicy } = await import(join(DIST, 'compile/compile.js'));
  const { startGateServer } = await import(join(DIST, 'serve/gate-server.js'));
  const { tuneHeapForServing } = await import(join(DIST, 'serve/tune-heap.js'));
  const compiled = compilePolicy(await loadPolicy(policyPath));
  // As `telemetry-gate serve` does.
  tuneHeapForServing();
  const server = await startGateServer({ compiled, mode: 'enforce', store: { kind: 'memory' } });
  process.stdout.write(`READY ${server.url}\n`);
}

/** Spawn a server child; resolve with its URL and a stop function (ends it by its PID). */
function startChild(kind, policyPath) {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, [SELF, '--child', kind, policyPath ?? ''], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`${kind} server did not start in 20 s`));
    }, 20_000);
    proc.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      const stop = () =>
        new Promise((done) => {
          proc.once('exit', () => done());
          process.kill(proc.pid, 'SIGTERM');
        });
      resolvePromise({ url: match[1], pid: proc.pid, stop });
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with ${code} before it was ready`));
    });
  });
}

/**
 * Both servers up at once (an idle one costs nothing), each warmed up with the same load first (JIT,
 * detector caches). Then `rounds` rounds of the same load on each, alternating which goes first, so a
 * burst of outside load hits both; each keeps the median of its rounds (req/s and p99 separately), which
 * a single lucky or unlucky round cannot move.
 */
async function measurePair(policyPath, path, bodies, options, runLoad) {
  const servers = { bare: await startChild('bare'), enforce: await startChild('enforce', policyPath) };
  const load = async (kind, durationS) => {
    const before = cpuMs(servers[kind].pid);
    const result = await runLoad({ url: `${servers[kind].url}${path}`, bodies, connections: options.connections, durationS });
    const after = cpuMs(servers[kind].pid);
    const cpuUsPerRequest = before === undefined || after === undefined || result.requests === 0 ? undefined : ((after - before) * 1000) / result.requests;
    return { ...result, cpuUsPerRequest };
  };
  try {
    const runs = { bare: [], enforce: [] };
    for (const kind of ['bare', 'enforce']) await load(kind, options.warmup);
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? ['bare', 'enforce'] : ['enforce', 'bare'];
      for (const kind of order) runs[kind].push(await load(kind, options.duration));
    }
    const typical = (list) => ({
      rps: median(list.map((r) => r.rps)),
      latencyMs: { p99: median(list.map((r) => r.latencyMs.p99)) },
      non2xx: list.reduce((n, r) => n + r.non2xx, 0),
      errors: list.reduce((n, r) => n + r.errors, 0),
      rounds: list.map((r) => Math.round(r.rps)),
      roundsP99: list.map((r) => r.latencyMs.p99),
      cpuUsPerRequest: list.every((r) => r.cpuUsPerRequest !== undefined) ? Math.round(median(list.map((r) => r.cpuUsPerRequest)) * 10) / 10 : undefined,
    });
    return { bare: typical(runs.bare), enforce: typical(runs.enforce) };
  } finally {
    await Promise.all([servers.bare.stop(), servers.enforce.stop()]);
  }
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux; undefined elsewhere). CPU
 * per request is steadier than req/s when other work shares the machine: it is recorded beside the figures.
 */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of USER_HZ = 100 (every mainstream Linux)
  } catch {
    return undefined;
  }
}

/** The median (mean of the middle two for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10' },
      policies: { type: 'string' },
      'primary-only': { type: 'boolean', default: false },
    },
  });
  const options = { duration: Number(values.duration), rounds: Number(values.rounds), warmup: Number(values.warmup), connections: Number(values.connections) };
  const { loadPolicy } = await import(join(DIST, 'policy/load.js'));
  const { compilePolicy } = await import(join(DIST, 'compile/compile.js'));
  const { samplePayloads } = await import(join(DIST, 'serve/sample-payloads.js'));
  const { runLoad } = await import(join(DIST, 'serve/run-load.js'));
  const { versus, writeResults } = await import(join(DIST, 'bench/results.js'));
  const { checkPayload } = await import(join(DIST, 'validate/validate.js'));
  const { perRequestCost } = await import(join(DIST, 'bench/per-request.js'));

  const primary = existsSync(join(ROOT, 'policies/sahasrahbot.policy.yaml')) ? 'policies/sahasrahbot.policy.yaml' : 'fixtures/e2e/demo.policy.yaml';
  const seeds = ['sahasrahbot', 'webwaka-sharing', 'wiretuner', 'common-fate', 'automagik'].map((id) => `policies/${id}.policy.yaml`);
  const chosen = values.policies ? values.policies.split(',') : values['primary-only'] ? [primary] : [primary, ...seeds.filter((p) => p !== primary && existsSync(join(ROOT, p)))];

  const entries = [];
  const rows = [];
  const costRows = [];
  let failed = false;
  for (const policyPath of chosen) {
    const absolute = join(ROOT, policyPath);
    const compiled = compilePolicy(await loadPolicy(absolute));
    const id = compiled.policy.policy;
    const bodies = samplePayloads(compiled, { seed: 1, count: 64 }).map((p) => JSON.stringify(p));
    if (bodies.length === 0) {
      console.log(`bench receiver: ${id}: no conforming payload could be generated; skipped`);
      failed = true;
      continue;
    }
    const path = compiled.policy.receiver?.path ?? '/';
    // In this process, before any server starts: what parsing alone and parsing + validating cost per body.
    const parseCost = perRequestCost(bodies, (body) => JSON.parse(body));
    const checkCost = perRequestCost(bodies, (body) => checkPayload(compiled, JSON.parse(body), { input: path }));
    const validate = { hotUs: Math.max(0, checkCost.hotUs - parseCost.hotUs), coldUs: Math.max(0, checkCost.coldUs - parseCost.coldUs) };
    const { bare, enforce } = await measurePair(absolute, path, bodies, options, runLoad);
    if (enforce.non2xx + enforce.errors + bare.non2xx + bare.errors > 0) failed = true;
    const suffix = policyPath === primary ? '' : `@${id}`;
    const details = { policy: id, payloads: bodies.length, connections: options.connections, durationS: options.duration, rounds: options.rounds, warmupS: options.warmup, statistic: 'median' };
    const rpsTarget = '>= 0.6';
    const p99Target = '<= 2';
    entries.push(
      { id: `bare-node-http-rps${suffix}`, unit: 'req/s', value: round(bare.rps), details: { ...details, non2xx: bare.non2xx, errors: bare.errors, roundsRps: bare.rounds, roundsP99Ms: bare.roundsP99, serverCpuUsPerRequest: bare.cpuUsPerRequest } },
      { id: `bare-node-http-p99-ms${suffix}`, unit: 'ms', value: bare.latencyMs.p99, details },
      {
        ...versus(`receiver-enforce-rps${suffix}`, 'req/s', round(enforce.rps), { id: `bare-node-http-rps${suffix}`, value: round(bare.rps) }, rpsTarget),
        details: {
          ...details, non2xx: enforce.non2xx, errors: enforce.errors, roundsRps: enforce.rounds, roundsP99Ms: enforce.roundsP99, serverCpuUsPerRequest: enforce.cpuUsPerRequest,
          validateUsPerPayloadHot: round1(validate.hotUs), validateUsPerPayloadCold: round1(validate.coldUs),
        },
      },
      { ...versus(`receiver-enforce-p99-ms${suffix}`, 'ms', enforce.latencyMs.p99, { id: `bare-node-http-p99-ms${suffix}`, value: bare.latencyMs.p99 }, p99Target), details },
    );
    // The CPU a request may add to the bare server's and still leave 0.6 of its req/s (when the server's CPU is the bound).
    const budget = bare.cpuUsPerRequest === undefined ? undefined : bare.cpuUsPerRequest * (1 / 0.6 - 1);
    costRows.push(`| ${id} | ${bare.cpuUsPerRequest ?? ''} | ${budget === undefined ? '' : round1(budget)} | ${enforce.cpuUsPerRequest === undefined || bare.cpuUsPerRequest === undefined ? '' : round1(enforce.cpuUsPerRequest - bare.cpuUsPerRequest)} | ${round1(validate.hotUs)} | ${round1(validate.coldUs)} |`);
    rows.push(`| ${id} | ${round(bare.rps)} | ${round(enforce.rps)} | ${ratio(enforce.rps, bare.rps)} | ${bare.latencyMs.p99} | ${enforce.latencyMs.p99} | ${ratio(enforce.latencyMs.p99, bare.latencyMs.p99)} | ${bare.cpuUsPerRequest ?? ''} | ${enforce.cpuUsPerRequest ?? ''} |`);
    console.log(
      `bench receiver ${id.padEnd(16)} bare ${round(bare.rps)} req/s p99 ${bare.latencyMs.p99} ms | enforce ${round(enforce.rps)} req/s p99 ${enforce.latencyMs.p99} ms` +
        ` | rps ×${ratio(enforce.rps, bare.rps)} (target ≥ 0.6: ${verdict(ratio(enforce.rps, bare.rps) >= 0.6)}), p99 ×${ratio(enforce.latencyMs.p99, bare.latencyMs.p99)} (target ≤ 2: ${verdict(ratio(enforce.latencyMs.p99, bare.latencyMs.p99) <= 2)})` +
        (bare.cpuUsPerRequest !== undefined ? ` | server CPU/req bare ${bare.cpuUsPerRequest} µs, enforce ${enforce.cpuUsPerRequest} µs` : '') +
        (enforce.non2xx + enforce.errors > 0 ? ` | enforce non-2xx ${enforce.non2xx}, errors ${enforce.errors}` : ''),
    );
  }
  const section = [
    '## Receiver: `serve --mode enforce` against a bare node:http server',
    '',
    `Same conforming payloads (64 per policy, from the policy's arbitrary), ${options.connections} connections, median of ${options.rounds} alternating`,
    `rounds of ${options.duration} s each (req/s and p99 separately) after a ${options.warmup} s warm-up of each; each server in its own child process, autocannon in the parent.`,
    'Targets: rps ratio >= 0.6, p99 ratio <= 2. Every response is timed (microsecond resolution).',
    '',
    'Server CPU per request (user + system, from /proc, median of the rounds) is shown beside: it moves less than req/s when other work shares the machine.',
    '',
    '| policy | bare req/s | enforce req/s | ratio | bare p99 ms | enforce p99 ms | ratio | bare CPU µs/req | enforce CPU µs/req |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '### Where the time goes (receiver)',
    '',
    'Budget: the server CPU a request may add to the bare server\'s and keep 0.6 of its req/s (bare CPU × (1/0.6 − 1)).',
    'Validation: JSON.parse + checkPayload minus JSON.parse alone, per payload, measured in the bench process before the servers start:',
    'hot = the bodies back to back; cold = the CPU caches swept (8 MB) before each body, as between two requests in a server.',
    'The enforce receiver judges every body read in one event-loop turn together before it answers any (EnforceBatch in src/serve/ingest.ts),',
    'so under load its validation runs between the hot and the cold figure.',
    '',
    '| policy | bare CPU µs/req | budget µs/req | enforce − bare CPU µs/req | validation hot µs | validation cold µs |',
    '|---|---:|---:|---:|---:|---:|',
    ...costRows,
  ].join('\n');
  await writeResults(REPORTS, entries, { name: 'receiver', markdown: section });
  console.log(`bench receiver: wrote ${entries.length} figures to ${join(REPORTS, 'results.json')}`);
  if (failed) process.exitCode = 1;
}

function round(n) {
  return Math.round(n);
}

function round1(n) {
  return Math.round(n * 10) / 10;
}

/** How a console line states a target: the ratio is printed to the same 3 decimals results.json keeps. */
function verdict(met) {
  return met ? 'met' : 'not met';
}

function ratio(value, baseline) {
  return baseline > 0 ? Math.round((value / baseline) * 1000) / 1000 : null;
}
