#!/usr/bin/env node
/**
 * Receiver throughput: `serve --mode enforce` against a bare node:http server (reads the body,
 * JSON.parse, 202), same payloads, same connections, same run. Each server runs in its own child
 * process so autocannon does not share its event loop. Uses the built code in dist/ (npm run build).
 *
 *   node scripts/bench-receiver.mjs [--duration S] [--connections N] [--policies a.yaml,b.yaml] [--primary-only]
 *
 * Writes receiver-enforce-rps / bare-node-http-rps and receiver-enforce-p99-ms / bare-node-http-p99-ms
 * (the primary policy; per-policy figures get an `@policy` suffix) into reports/bench/results.json.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'reports/bench/results.json');
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
  const compiled = compilePolicy(await loadPolicy(policyPath));
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
      resolvePromise({ url: match[1], stop });
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} server exited with ${code} before it was ready`));
    });
  });
}

async function measure(kind, policyPath, path, bodies, options, runLoad) {
  const server = await startChild(kind, policyPath);
  try {
    const url = `${server.url}${path}`;
    await runLoad({ url, bodies, connections: options.connections, durationS: 1 }); // warm-up (JIT), not recorded
    return await runLoad({ url, bodies, connections: options.connections, durationS: options.duration });
  } finally {
    await server.stop();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      policies: { type: 'string' },
      'primary-only': { type: 'boolean', default: false },
    },
  });
  const options = { duration: Number(values.duration), connections: Number(values.connections) };
  const { loadPolicy } = await import(join(DIST, 'policy/load.js'));
  const { compilePolicy } = await import(join(DIST, 'compile/compile.js'));
  const { samplePayloads } = await import(join(DIST, 'serve/sample-payloads.js'));
  const { runLoad } = await import(join(DIST, 'serve/run-load.js'));

  const primary = existsSync(join(ROOT, 'policies/sahasrahbot.policy.yaml')) ? 'policies/sahasrahbot.policy.yaml' : 'fixtures/e2e/demo.policy.yaml';
  const seeds = ['sahasrahbot', 'webwaka-sharing', 'wiretuner', 'common-fate', 'automagik'].map((id) => `policies/${id}.policy.yaml`);
  const chosen = values.policies ? values.policies.split(',') : values['primary-only'] ? [primary] : [primary, ...seeds.filter((p) => p !== primary && existsSync(join(ROOT, p)))];

  const entries = [];
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
    const bare = await measure('bare', undefined, path, bodies, options, runLoad);
    const enforce = await measure('enforce', absolute, path, bodies, options, runLoad);
    if (enforce.non2xx + enforce.errors + bare.non2xx + bare.errors > 0) failed = true;
    const suffix = policyPath === primary ? '' : `@${id}`;
    const details = { policy: id, payloads: bodies.length, connections: options.connections, durationS: options.duration };
    entries.push(
      { id: `bare-node-http-rps${suffix}`, unit: 'req/s', value: round(bare.rps), details: { ...details, non2xx: bare.non2xx, errors: bare.errors } },
      { id: `bare-node-http-p99-ms${suffix}`, unit: 'ms', value: bare.latencyMs.p99, details },
      compare(`receiver-enforce-rps${suffix}`, 'req/s', round(enforce.rps), `bare-node-http-rps${suffix}`, round(bare.rps), '>= 0.6', {
        ...details, non2xx: enforce.non2xx, errors: enforce.errors,
      }),
      compare(`receiver-enforce-p99-ms${suffix}`, 'ms', enforce.latencyMs.p99, `bare-node-http-p99-ms${suffix}`, bare.latencyMs.p99, '<= 2', details),
    );
    console.log(
      `bench receiver ${id.padEnd(16)} bare ${round(bare.rps)} req/s p99 ${bare.latencyMs.p99} ms | enforce ${round(enforce.rps)} req/s p99 ${enforce.latencyMs.p99} ms` +
        ` | rps ×${ratio(enforce.rps, bare.rps)} (target ≥ 0.6), p99 ×${ratio(enforce.latencyMs.p99, bare.latencyMs.p99)} (target ≤ 2)` +
        (enforce.non2xx + enforce.errors > 0 ? ` | enforce non-2xx ${enforce.non2xx}, errors ${enforce.errors}` : ''),
    );
  }
  await mergeResults(entries);
  console.log(`bench receiver: wrote ${entries.length} figures to ${RESULTS}`);
  if (failed) process.exitCode = 1;
}

function round(n) {
  return Math.round(n);
}

function ratio(value, baseline) {
  return baseline > 0 ? Math.round((value / baseline) * 100) / 100 : null;
}

function compare(id, unit, value, baselineId, baselineValue, target, details) {
  return { id, unit, value, baseline: { id: baselineId, value: baselineValue }, ratio: ratio(value, baselineValue), target, details };
}

/** Minimal read-merge-write of reports/bench/results.json by id (until src/bench/results.ts provides the shared writer). */
async function mergeResults(entries) {
  let current = { results: [] };
  try {
    current = JSON.parse(await readFile(RESULTS, 'utf8'));
  } catch {
    // first run
  }
  const byId = new Map((current.results ?? []).map((r) => [r.id, r]));
  for (const entry of entries) byId.set(entry.id, entry);
  const machine = { cpus: availableParallelism?.() ?? cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version };
  await mkdir(dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify({ ...current, machine, results: [...byId.values()] }, null, 2)}\n`);
}
