import { type PolicyCase, describePolicy } from './_helpers.js';


const ERR = '29d5b3e4f5f28bd38c30bc669e236426ce3f0428dc244915dbeb85b5c9007c00';
const SVC_A = '79edc53787b4a8768ee4cf3b7415579cb66b8fc428d23a637cb89357efa2cea5';
const SVC_B = '4a2bca0c66ea096e1bd6f086c6c94cd4efc8383329b95ebbc5ab1f142245d2ff';

const cases: PolicyCase[] = [
  {
    name: 'a full hourly upload is clean',
    event: {
      instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.02,
      anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', region: 'Nigeria', services_deployed: 14, active_tenants: 37,
      metrics: { request_count: 7200, avg_response_time_ms: 182.4, error_rate: 0.013, uptime_pct: 99.95, cpu_avg_pct: 41.2, memory_avg_pct: 63.8, disk_avg_pct: 52.1 },
      logs: { error_counts: [{ error_type_hash: ERR, count: 12 }], warning_count: 88, log_volume: 154220 },
      traces: { avg_duration_ms: 240.7, error_rate: 0.009, dependency_graph: [{ caller_hash: SVC_A, callee_hash: SVC_B, calls: 5120 }] },
    },
    findings: [],
  },
  {
    name: 'a daily upload with a local offset and the sampling bounds is clean',
    event: { instance_id: 'b2e4c7d1-5a3f-4e8b-a6c9-1d0f7e2b8c35', window: 'day', window_start: '2026-02-09T00:00:00+01:00', sample_rate: 0.05, anonymization: 'strict', platform_version: '5.3.0-rc.1', deployment_mode: 'self-hosted', region: "Côte d’Ivoire", metrics: { request_count: 96410 } },
    findings: [],
  },
  {
    name: 'a per-tenant breakdown is prohibited at any depth',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.02, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200, tenantId: 'acme-retail' } },
    findings: [['prohibited-field', '/metrics/tenantId']],
  },
  {
    name: 'a window start with seconds is finer than the hour',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:15Z', sample_rate: 0.02, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 } },
    findings: [['too-precise-timestamp', '/window_start']],
  },
  {
    name: 'a window start at half past is finer than the hour',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:30:00Z', sample_rate: 0.02, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 } },
    findings: [['too-precise-timestamp', '/window_start']],
  },
  {
    name: 'a 25 % sample is above the 1-5 % range',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.25, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 } },
    findings: [['sample-rate-out-of-range', '/sample_rate']],
  },
  {
    name: 'a 0.5 % sample is below the 1-5 % range',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.005, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 } },
    findings: [['sample-rate-out-of-range', '/sample_rate']],
  },
  {
    name: 'an error type sent in clear is not pseudonymised',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.02, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 }, logs: { error_counts: [{ error_type_hash: ERR, count: 1 }, { error_type_hash: 'DatabaseConnectionError', count: 12 }] } },
    findings: [['not-pseudonymised', '/logs/error_counts/1/error_type_hash']],
  },
  {
    name: 'a service name in clear in the dependency graph is not pseudonymised',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.02, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 }, traces: { dependency_graph: [{ caller_hash: 'api-gateway', callee_hash: SVC_B, calls: 5120 }] } },
    findings: [['not-pseudonymised', '/traces/dependency_graph/0/caller_hash']],
  },
  {
    name: 'a deployment hostname instead of the daily UUID is not pseudonymised',
    event: { instance_id: 'erp-prod-03', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.02, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 } },
    findings: [['not-pseudonymised', '/instance_id']],
  },
  {
    name: 'a city is not a country-level region',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.02, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', region: 'Lagos', metrics: { request_count: 7200 } },
    findings: [['invalid-value', '/region']],
  },
  {
    name: 'relaxed anonymization is refused',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.02, anonymization: 'relaxed', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 } },
    findings: [['invalid-value', '/anonymization']],
  },
  {
    name: 'an upload without its sample rate is missing a field',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 } },
    findings: [['missing-field', '']],
  },
  {
    name: 'a hostname and a stack trace are prohibited, an unlisted field is unknown',
    event: { instance_id: '3f6c2a9e-8b41-4d7a-9c15-6e2f0b7d4a18', window: 'hour', window_start: '2026-02-10T10:00:00Z', sample_rate: 0.02, anonymization: 'strict', platform_version: '5.2.1', deployment_mode: 'partner-deployed', metrics: { request_count: 7200 }, hostname: 'erp-prod-03.lekki-retail.internal', logs: { stack_trace: 'at OrderService.save (orders.ts:88)' }, uploader: 'aggregator' },
    findings: [['prohibited-field', '/hostname'], ['prohibited-field', '/logs/stack_trace'], ['unknown-field', '/uploader']],
  },
];

await describePolicy('webwaka-sharing', cases);
