#!/usr/bin/env node
// The WireTuner example emitter: the desktop app's perf-sample export, following policies/wiretuner.policy.yaml.
//   consent  off by default (TelemetryConfig enabled=false). On only when the in-app setting is on: ~/.wiretuner/
//            settings.json with {"telemetry": {"enabled": true}} (Settings → Privacy → Telemetry). Opt-out wins:
//            WIRETUNER_TELEMETRY_ENABLED=false or the --disable-telemetry flag turn it off whatever the setting says,
//            and "uploadEnabled": false keeps samples local. Nothing is written under HOME.
//   sample   one PerformanceSample as REST JSON (POST /v1/telemetry/perf-sample), the body the policy describes
//            (`format: json`; the seed calls it OTLP, but the collector's API is this JSON, so no OTLP exporter is
//            used). telemetryOptIn is always sent (true: samples are only sent with consent). documentId and
//            artboardId leave only as SHA-256 hex; no user names, paths, serials, licence keys or user agents.
//   sampling `telemetry.samplingRate` (0.0-1.0, default 1.0 as in the debug profile; production uses 0.1).
//   endpoint WIRETUNER_TELEMETRY_ENDPOINT (the collector's base URL), HTTPS or loopback HTTP; an optional JWT in
//            WIRETUNER_TELEMETRY_TOKEN goes in the Authorization header and is never printed.
//   platform the app ships for macOS and Windows only; on another host pass --platform macos|windows to simulate one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const PLATFORMS = { darwin: 'macos', win32: 'windows' };

/** The telemetry settings saved by the app, or {} when there are none or they are unreadable. */
export function savedSettings(home) {
  try {
    const doc = JSON.parse(readFileSync(join(home, '.wiretuner', 'settings.json'), 'utf8').slice(0, 65_536));
    return doc?.telemetry !== null && typeof doc?.telemetry === 'object' ? doc.telemetry : {};
  } catch {
    return {};
  }
}

/** Whether samples may be uploaded: opt-outs first (they win), then the in-app opt-in. */
export function uploadAllowed(env, argv, settings) {
  if (env.WIRETUNER_TELEMETRY_ENABLED === 'false') return false;
  if (argv.includes('--disable-telemetry')) return false;
  return settings.enabled === true && settings.uploadEnabled !== false;
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Measure a short burst of simulated frames and build one PerformanceSample. */
export function perfSample(platform, documentUuid, artboardUuid, flags) {
  const frames = [];
  let replayed = 0;
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    let acc = 0;
    for (let j = 0; j < 20_000; j++) acc += Math.sqrt(j * (i + 1)); // stand-in for one frame of rendering
    replayed += acc > 0 ? 4 : 0;
    frames.push(performance.now() - start);
  }
  const frameTimeMs = frames.reduce((a, b) => a + b, 0) / frames.length;
  const total = frames.reduce((a, b) => a + b, 0);
  return {
    fps: Math.min(240, Math.round(1000 / Math.max(frameTimeMs, 1000 / 240))),
    frameTimeMs: Math.round(frameTimeMs * 1000) / 1000,
    eventReplayRate: Math.round((replayed * 1000) / Math.max(total, 1)),
    samplingIntervalMs: 1000,
    snapshotDurationMs: Math.round(Math.max(...frames) * 3),
    cursorLatencyUs: Math.round(frames[0] * 1000),
    platform,
    flagsActive: flags,
    telemetryOptIn: true,
    documentId: sha256(documentUuid),
    artboardId: sha256(artboardUuid),
  };
}

function platformOf(argv) {
  const i = argv.indexOf('--platform');
  const chosen = i >= 0 ? argv[i + 1] : PLATFORMS[process.platform];
  return chosen === 'macos' || chosen === 'windows' ? chosen : undefined;
}

async function main() {
  const env = process.env;
  const argv = process.argv.slice(2);
  const settings = savedSettings(homedir());
  if (!uploadAllowed(env, argv, settings)) return;
  const base = (env.WIRETUNER_TELEMETRY_ENDPOINT ?? '').replace(/\/+$/, '');
  if (!/^(https:\/\/[^/]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)$/.test(base)) return; // TLS, or loopback
  const platform = platformOf(argv);
  if (platform === undefined) return; // WireTuner runs on macOS and Windows only
  const rate = Number(settings.samplingRate ?? 1);
  if (!(Number.isFinite(rate) && Math.random() < Math.min(1, Math.max(0, rate)))) return;
  // The open document and artboard (UUIDs in the app), hashed before upload.
  const sample = perfSample(platform, '5f0c6b0e-8d7e-4d8a-9f61-2b8f4c1d7e90', 'a3d1e2f4-6b7c-4e8d-9a0b-1c2d3e4f5a6b', ['vector-engine.v2', 'snapshot-compression']);
  const headers = { 'content-type': 'application/json' };
  if ((env.WIRETUNER_TELEMETRY_TOKEN ?? '') !== '') headers.authorization = `Bearer ${env.WIRETUNER_TELEMETRY_TOKEN}`;
  try {
    const res = await fetch(`${base}/v1/telemetry/perf-sample`, { method: 'POST', headers, body: JSON.stringify(sample), signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
  } catch {
    // Telemetry never breaks the editor (the app retries with backoff; this example sends once).
  }
}

await main().catch(() => {});
