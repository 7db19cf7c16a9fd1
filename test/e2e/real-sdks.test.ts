/**
 * Real SDKs (posthog-node, OpenTelemetry JS with OTLP/HTTP JSON and protobuf exporters, @segment/analytics-node)
 * pointed at the capture server: what they really send is captured, decoded (protobuf included), validated
 * against a small policy, and searched for the canary email.
 */
import { SeverityNumber } from '@opentelemetry/api-logs';
import { OTLPLogExporter as OTLPLogJsonExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPLogExporter as OTLPLogProtoExporter } from '@opentelemetry/exporter-logs-otlp-proto';
import { OTLPTraceExporter as OTLPTraceJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OTLPTraceProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { LoggerProvider, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { Analytics } from '@segment/analytics-node';
import { PostHog } from 'posthog-node';
import { afterEach, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.js';
import { loadPolicy } from '../../src/policy/load.js';
import { canaryFindings, findCanaries, makeCanaries } from '../../src/probe/canary.js';
import { decodeCapturedBody, type BodyForm } from '../../src/probe/decode-body.js';
import { startGateServer } from '../../src/serve/gate-server.js';
import type { GateServer } from '../../src/serve/types.js';

const CANARIES = makeCanaries(20260212);
const EMAIL = CANARIES.list.find((c) => c.name === 'email')!.value;
let gate: GateServer | undefined;
afterEach(async () => {
  await gate?.close();
  gate = undefined;
});

async function capture(policy: string): Promise<GateServer> {
  gate = await startGateServer({ compiled: compilePolicy(await loadPolicy(policy)), mode: 'capture', host: '127.0.0.1', port: 0 });
  return gate;
}

/** Bounded polling of the capture server (no fixed sleeps). */
async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for captured traffic');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Decode every exchange; return forms, payloads, codes with pointers, and canary hits. */
function analyse(server: GateServer) {
  const decoded = server.exchanges().map((x) => ({ path: x.path, ...decodeCapturedBody(x) }));
  const hits = decoded.flatMap((d) => canaryFindings(findCanaries(d.text, CANARIES), { input: d.path }));
  return {
    forms: [...new Set(decoded.map((d) => d.form))] as BodyForm[],
    payloads: decoded.flatMap((d) => d.payloads),
    findings: server.findings().map((f) => `${f.code} ${f.pointer}`),
    leaks: hits.map((f) => `${f.entity} ${f.disguise?.join(',')}`),
  };
}

/** The AnyValue of attribute `key` anywhere in an OTLP/JSON payload. */
function attribute(payload: unknown, key: string): unknown {
  const stack: unknown[] = [payload];
  for (let n = 0; stack.length > 0 && n < 10_000; n++) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...(v as unknown[]));
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.key === key && 'value' in o) return o.value;
      stack.push(...Object.values(o));
    }
  }
  return undefined;
}

describe('posthog-node', () => {
  it('captures a gzip /batch/, validates it and finds the canary email', async () => {
    const server = await capture('fixtures/e2e/posthog.policy.yaml');
    const client = new PostHog('phc_e2e_project_key', { host: server.url, flushAt: 1, flushInterval: 0, requestTimeout: 2000, fetchRetryCount: 0, disableGeoip: true });
    try {
      client.capture({ distinctId: 'install-1', event: 'cli_run', properties: { command: 'build', email: EMAIL } });
    } finally {
      await client.shutdown(3000);
    }
    await until(() => server.exchanges().length > 0);
    const x = server.exchanges()[0]!;
    expect([x.path, x.contentEncoding]).toEqual(['/batch/', 'gzip']);
    const got = analyse(server);
    expect(got.forms).toEqual(['json']);
    expect(got.payloads).toMatchObject([{ batch: [{ event: 'cli_run', distinct_id: 'install-1', properties: { command: 'build', email: EMAIL } }] }]);
    expect(got.findings).toContain('prohibited-field /batch/0/properties/email');
    expect(got.leaks).toContain('EMAIL raw');
  });
});

describe('OpenTelemetry JS, OTLP/HTTP', () => {
  it.each<[string, 'json' | 'otlp-protobuf', typeof OTLPTraceJsonExporter | typeof OTLPTraceProtoExporter]>([
    ['JSON', 'json', OTLPTraceJsonExporter],
    ['protobuf', 'otlp-protobuf', OTLPTraceProtoExporter],
  ])('traces in %s: captured, decoded to records with their attributes, validated, canary found', async (_name, form, Exporter) => {
    const server = await capture('fixtures/e2e/otel.policy.yaml');
    const exporter = new Exporter({ url: `${server.url}/v1/traces`, timeoutMillis: 2000 });
    const provider = new TracerProvider({ resource: resourceFromAttributes({ 'service.name': 'tg-e2e' }), spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    try {
      const span = provider.getTracer('tg').startSpan('cli.run', { attributes: { 'cli.command': 'build', duration_ms: 12, 'user.email': EMAIL } });
      span.end();
      await provider.forceFlush();
    } finally {
      await provider.shutdown();
    }
    await until(() => server.exchanges().length > 0);
    const got = analyse(server);
    expect(server.exchanges()[0]!.path).toBe('/v1/traces');
    expect(got.forms).toEqual([form]);
    const [payload] = got.payloads;
    expect(attribute(payload, 'user.email')).toEqual({ stringValue: EMAIL });
    expect(attribute(payload, 'cli.command')).toEqual({ stringValue: 'build' });
    expect(attribute(payload, 'service.name')).toEqual({ stringValue: 'tg-e2e' });
    expect(JSON.stringify(payload)).toMatch(/"traceId":"[0-9a-f]{32}","spanId":"[0-9a-f]{16}"/);
    expect(got.findings.some((f) => /^prohibited-field \/resourceSpans\/0\/scopeSpans\/0\/spans\/0\/attributes\/\d+\/value/.test(f))).toBe(true);
    expect(server.records()).toHaveLength(1);
    expect(got.leaks).toContain('EMAIL raw');
    expect(JSON.stringify(server.findings())).not.toContain(EMAIL);
  });

  it.each<[string, 'json' | 'otlp-protobuf', typeof OTLPLogJsonExporter | typeof OTLPLogProtoExporter]>([
    ['JSON', 'json', OTLPLogJsonExporter],
    ['protobuf', 'otlp-protobuf', OTLPLogProtoExporter],
  ])('logs in %s: captured, decoded, validated, canary found', async (_name, form, Exporter) => {
    const server = await capture('fixtures/e2e/otel.policy.yaml');
    const exporter = new Exporter({ url: `${server.url}/v1/logs`, timeoutMillis: 2000 });
    const provider = new LoggerProvider({ resource: resourceFromAttributes({ 'service.name': 'tg-e2e' }), processors: [new SimpleLogRecordProcessor({ exporter })] });
    try {
      provider.getLogger('tg').emit({ severityNumber: SeverityNumber.INFO, body: 'cli run', attributes: { 'cli.command': 'test', 'user.email': EMAIL } });
      await provider.forceFlush();
    } finally {
      await provider.shutdown();
    }
    await until(() => server.exchanges().length > 0);
    const got = analyse(server);
    expect(server.exchanges()[0]!.path).toBe('/v1/logs');
    expect(got.forms).toEqual([form]);
    expect(attribute(got.payloads[0], 'cli.command')).toEqual({ stringValue: 'test' });
    expect(got.findings.some((f) => /^prohibited-field \/resourceLogs\/0\/scopeLogs\/0\/logRecords\/0\/attributes\/\d+\/value/.test(f))).toBe(true);
    expect(got.leaks).toContain('EMAIL raw');
  });
});

describe('enforce mode decodes protobuf too', () => {
  it('rejects a protobuf span export carrying a prohibited attribute, naming its pointer', async () => {
    gate = await startGateServer({ compiled: compilePolicy(await loadPolicy('fixtures/e2e/otel.policy.yaml')), mode: 'enforce', host: '127.0.0.1', port: 0 });
    const server = gate;
    const exporter = new OTLPTraceProtoExporter({ url: `${server.url}/v1/traces`, timeoutMillis: 2000 });
    const provider = new TracerProvider({ resource: resourceFromAttributes({ 'service.name': 'tg-e2e' }), spanProcessors: [new SimpleSpanProcessor({ exporter })] });
    try {
      provider.getTracer('tg').startSpan('cli.run', { attributes: { 'cli.command': 'build', 'user.email': EMAIL } }).end();
      // The exporter sees the gate's 422 as a failed export.
      expect(String(await provider.forceFlush().then(() => 'exported', (e: unknown) => e))).toMatch(/Unprocessable Entity/);
    } finally {
      await provider.shutdown();
    }
    await until(() => server.findings().length > 0);
    expect(server.findings().some((f) => f.code === 'prohibited-field' && f.pointer.startsWith('/resourceSpans/0/scopeSpans/0/spans/0/attributes/'))).toBe(true);
    expect(server.records()).toEqual([]);
  });
});

describe('@segment/analytics-node', () => {
  it('captures /v1/batch, validates it and finds the canary email', async () => {
    const server = await capture('fixtures/e2e/sdk-segment.policy.yaml');
    const analytics = new Analytics({ writeKey: 'e2e-write-key', host: server.url, flushAt: 1, maxRetries: 0, httpRequestTimeout: 2000 });
    try {
      analytics.track({ anonymousId: 'install-1', event: 'CLI Run', properties: { command: 'deploy', email: EMAIL } });
    } finally {
      await analytics.closeAndFlush({ timeout: 3000 });
    }
    await until(() => server.exchanges().length > 0);
    const got = analyse(server);
    expect(server.exchanges()[0]!.path).toBe('/v1/batch');
    expect(got.payloads).toMatchObject([{ batch: [{ event: 'CLI Run', properties: { command: 'deploy', email: EMAIL } }] }]);
    expect(got.findings).toContain('prohibited-field /batch/0/properties/email');
    expect(got.leaks).toContain('EMAIL raw');
  });
});
