#!/usr/bin/env node
// The WebWaka example emitter: the telemetry aggregator of a partner-deployed or self-hosted instance uploading one
// hourly aggregate, following policies/webwaka-sharing.policy.yaml (ADR-004).
//   consent  off by default; on only when the aggregator configuration says `telemetry.sharing.enabled: true`
//            (a YAML boolean). The configuration is $WEBWAKA_CONFIG or ~/.webwaka/config.yaml. Nothing is read,
//            computed or written under HOME before that check passes.
//   data     aggregates only (hourly window, counts and averages); no tenant, user, session, host or endpoint data.
//            instance_id is a random UUID regenerated each UTC day; error types and service names are hashed with
//            SHA-256 and a random salt that also rotates daily (both kept in ~/.webwaka/telemetry-state.json);
//            region is a country name (from the ISO code in `telemetry.sharing.country`), never a city.
//   modes    only `anonymization: strict` is uploaded (the ADR defines no other mode); sample_rate is kept within
//            1-5 % (`telemetry.sharing.sample_rate`, default 0.02).
//   audit    every transmission is appended to ~/.webwaka/telemetry-audit.log (time, bytes, method, status).
//   endpoint WEBWAKA_TELEMETRY_ENDPOINT, else `telemetry.sharing.endpoint`; HTTPS, or plain HTTP on loopback only.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The `telemetry.sharing` section of the aggregator configuration, or undefined when absent or unreadable. */
export function sharingConfig(file) {
  try {
    if (!existsSync(file)) return undefined;
    const doc = parse(readFileSync(file, 'utf8').slice(0, 65_536), { maxAliasCount: 10 });
    const sharing = doc?.telemetry?.sharing;
    return sharing !== null && typeof sharing === 'object' ? sharing : undefined;
  } catch {
    return undefined;
  }
}

/** Whether sharing may happen: enabled exactly `true` and strict anonymisation (the default). */
export function sharingEnabled(sharing) {
  return sharing?.enabled === true && (sharing.anonymization ?? 'strict') === 'strict';
}

/** Today's instance UUID and hashing salt, regenerated when the UTC day changes. */
function dailyState(dir, day) {
  const file = join(dir, 'telemetry-state.json');
  try {
    const state = JSON.parse(readFileSync(file, 'utf8'));
    if (state.day === day && typeof state.instanceId === 'string' && typeof state.salt === 'string') return state;
  } catch {
    // No state yet, or unreadable: start a new day.
  }
  const state = { day, instanceId: randomUUID(), salt: randomBytes(32).toString('hex') };
  writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
  return state;
}

/** What the local observability stack measured in the last full hour (a real aggregator queries Prometheus/Loki). */
function localWindow() {
  return {
    requests: 7200, avgResponseMs: 182.4, errors: { DatabaseConnectionError: 12, UpstreamTimeout: 3 }, warnings: 88,
    logLines: 154_220, cpu: 41.2, memory: 63.8, disk: 52.1, uptime: 99.95, services: 14, tenants: 37,
    traces: { avgMs: 240.7, errorRate: 0.009, calls: [['api-gateway', 'orders', 5120], ['orders', 'inventory', 2210]] },
  };
}

/** The upload body: one aggregate for the window starting at `start` (a whole hour). */
export function aggregateUpload(sharing, state, start, window = localWindow()) {
  const hash = (text) => createHash('sha256').update(`${state.salt}:${text}`).digest('hex');
  const country = typeof sharing.country === 'string' && /^[A-Z]{2}$/.test(sharing.country)
    ? new Intl.DisplayNames(['en'], { type: 'region' }).of(sharing.country) : undefined;
  const rate = Number(sharing.sample_rate ?? 0.02);
  return {
    instance_id: state.instanceId,
    window: 'hour',
    window_start: start.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sample_rate: Number.isFinite(rate) ? Math.min(0.05, Math.max(0.01, rate)) : 0.02,
    anonymization: 'strict',
    platform_version: '5.2.1',
    deployment_mode: sharing.deployment_mode === 'self-hosted' ? 'self-hosted' : 'partner-deployed',
    ...(country !== undefined ? { region: country } : {}),
    services_deployed: window.services,
    active_tenants: window.tenants,
    metrics: {
      request_count: window.requests, avg_response_time_ms: window.avgResponseMs,
      error_rate: Object.values(window.errors).reduce((a, b) => a + b, 0) / Math.max(1, window.requests),
      uptime_pct: window.uptime, cpu_avg_pct: window.cpu, memory_avg_pct: window.memory, disk_avg_pct: window.disk,
    },
    logs: {
      error_counts: Object.entries(window.errors).map(([type, count]) => ({ error_type_hash: hash(type), count })),
      warning_count: window.warnings, log_volume: window.logLines,
    },
    traces: {
      avg_duration_ms: window.traces.avgMs, error_rate: window.traces.errorRate,
      dependency_graph: window.traces.calls.map(([caller, callee, calls]) => ({ caller_hash: hash(caller), callee_hash: hash(callee), calls })),
    },
  };
}

async function main() {
  const env = process.env;
  const home = homedir();
  const sharing = sharingConfig(env.WEBWAKA_CONFIG || join(home, '.webwaka', 'config.yaml'));
  if (!sharingEnabled(sharing)) return;
  const endpoint = env.WEBWAKA_TELEMETRY_ENDPOINT || String(sharing.endpoint ?? '');
  if (!/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/.test(endpoint)) return; // TLS, or loopback
  const dir = join(home, '.webwaka');
  mkdirSync(dir, { recursive: true });
  const hourMs = 3_600_000;
  const start = new Date(Math.floor(Date.now() / hourMs) * hourMs - hourMs);
  const body = JSON.stringify(aggregateUpload(sharing, dailyState(dir, new Date().toISOString().slice(0, 10)), start));
  let status = 'failure';
  try {
    const res = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    status = res.ok ? 'success' : `failure (HTTP ${res.status})`;
  } catch {
    // Sharing never breaks the aggregator; the audit log records the failure.
  }
  const entry = { timestamp: new Date().toISOString(), bytes: Buffer.byteLength(body), anonymization: 'strict', status };
  appendFileSync(join(dir, 'telemetry-audit.log'), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
}

await main().catch(() => {});
