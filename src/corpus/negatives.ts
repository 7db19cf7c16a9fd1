import type { Faker } from '@faker-js/faker';
import { createHmac } from 'node:crypto';
import { luhnValid } from '../detect/checksums.js';
import { pick } from './_fakers.js';

/**
 * Hard negatives: values that look like personal data or secrets and are not (DESIGN rule 9 and
 * the others): trace ids, versions, durations, error codes, salted HMACs, digests, git SHAs,
 * remotes, package specifiers, pseudonymous ids, day buckets, timestamps, library agents,
 * service home paths, non-Luhn numbers, invalid-area SSN shapes, public client keys, coarse geo.
 */

type Gen = (f: Faker) => [string, unknown];

function nonLuhn16(f: Faker): string {
  for (;;) {
    const n = `${f.number.int({ min: 1, max: 9 })}${f.string.numeric(15)}`;
    if (!luhnValid(n)) return n;
  }
}

function invalidSsn(f: Faker): string {
  const area = pick(f, ['000', '666', `9${f.string.numeric(2)}`]);
  return `${area}-${f.string.numeric(2)}-${f.string.numeric(4)}`;
}

const LIB_UAS = ['okhttp/4.12.0', 'posthog-node/5.0.0', 'curl/8.4.0', 'python-requests/2.31.0', 'Go-http-client/1.1', 'axios/1.6.2', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'Dart/3.2 (dart:io)', 'PostmanRuntime/7.36.0', 'opentelemetry-js/1.21.0', 'Apache-HttpClient/4.5.14 (Java/17.0.9)'];
const SERVICE_PATHS = ['/home/runner/work/app/app/src/index.ts', '/root/.npm/_logs/debug.log', '/Users/Shared/App/cache.db', 'C:\\Users\\Public\\Documents\\report.pdf', '/home/node/app/server.js', '/home/circleci/project/build.log', '/var/log/app/error.log', '/usr/local/bin/node', 'C:\\Program Files\\Acme\\acme.exe', '/opt/app/dist/main.js', '/home/runner/.cache/pip'];
const EVENTS = ['Order Completed', 'Page Viewed', 'Button Clicked', 'Signup Started', 'Checkout Step Viewed', 'Product Added', 'Feature Flag Called', 'Report Exported'];

const GENERATORS: readonly Gen[] = [
  (f) => [pick(f, ['trace_id', 'traceId', 'trace']), f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })],
  (f) => [pick(f, ['span_id', 'spanId', 'parent_span_id']), f.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' })],
  (f) => [pick(f, ['version', 'app_version', 'build', 'os_version', 'sdk_version']), pick(f, ['1.2.3.4', `${f.number.int(9)}.${f.number.int(20)}.${f.number.int(9)}.${f.number.int(300)}`, f.system.semver(), '10.0.19045', `v${f.system.semver()}`])],
  (f) => [pick(f, ['duration_ms', 'latency', 'elapsed', 'took']), pick(f, [f.number.int(60000), `${f.number.int(9000)}ms`, `${f.number.float({ min: 0, max: 30, fractionDigits: 3 })}s`])],
  (f) => [pick(f, ['error_code', 'code', 'errno', 'status']), pick(f, ['ECONNRESET', 'ETIMEDOUT', `ERR_${f.string.numeric(4)}`, `E${f.string.numeric(4)}`, 404, 503, 'RATE_LIMITED'])],
  (f) => [pick(f, ['guild_hash', 'user_hash', 'signature', 'hmac', 'actor_hmac']), createHmac('sha256', f.string.alphanumeric(16)).update(f.internet.email()).digest('hex')],
  (f) => [pick(f, ['commit', 'git_sha', 'revision', 'sha']), f.git.commitSha()],
  (f) => [pick(f, ['digest', 'content_hash', 'etag', 'checksum']), pick(f, [`sha256:${f.string.hexadecimal({ length: 64, casing: 'lower', prefix: '' })}`, f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }), `"${f.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' })}"`])],
  (f) => [pick(f, ['repo', 'remote', 'origin']), `git@github.com:${f.internet.username().replace(/\W/g, '')}/${f.word.noun()}.git`],
  (f) => [pick(f, ['package', 'dependency', 'pkg']), pick(f, [`${f.word.noun()}@${f.system.semver()}`, `@${f.word.noun()}/${f.word.noun()}@${f.system.semver()}`, `posthog-js@1.${f.number.int(200)}.0`])],
  (f) => [pick(f, ['install_id', 'session_id', 'event_id', 'anonymous_id', 'anonymousId', 'device_id', 'request_id', 'message_id', '$session_id', 'distinct_id']), f.string.uuid()],
  (f) => [pick(f, ['day_bucket', 'day', 'date', 'period']), f.date.recent({ days: 90 }).toISOString().slice(0, 10)],
  (f) => [pick(f, ['timestamp', 'created_at', 'sent_at', 'received_at']), f.date.recent({ days: 30 }).toISOString()],
  (f) => [pick(f, ['epoch', 'ts', 'time', 'time_unix']), pick(f, [Math.floor(f.date.recent().getTime() / 1000), f.date.recent().getTime(), String(f.date.recent().getTime())])],
  (f) => [pick(f, ['user_agent', 'lib', 'client', 'http_client']), pick(f, LIB_UAS)],
  (f) => [pick(f, ['cwd', 'path', 'file', 'exe', 'log_path']), pick(f, SERVICE_PATHS)],
  (f) => [pick(f, ['order_id', 'order_number', 'reference', 'invoice_no']), pick(f, [nonLuhn16(f), `ORD-${f.string.numeric(8)}`, Number(f.string.numeric(7))])],
  (f) => [pick(f, ['ref_code', 'check', 'form_id']), invalidSsn(f)],
  (f) => [pick(f, ['api_key', 'publishable_key', 'posthog_key', 'dsn', 'sentry_dsn']), pick(f, [`phc_${f.string.alphanumeric(43)}`, `pk_live_${f.string.alphanumeric(24)}`, `pk_test_${f.string.alphanumeric(24)}`, `https://${f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' })}@o${f.string.numeric(6)}.ingest.sentry.io/${f.string.numeric(7)}`])],
  (f) => [pick(f, ['region', 'country', 'geo_country', 'locale']), pick(f, ['Germany', 'DE', 'eu-west-1', 'United States', 'en-US', 'Europe/Berlin', f.location.country()])],
  (f) => [pick(f, ['lat', 'latitude', 'lat_bucket']), f.number.float({ min: -80, max: 80, fractionDigits: 1 })],
  (f) => [pick(f, ['event', 'event_name', 'name', 'action']), pick(f, [...EVENTS, `${f.word.verb()}_${f.word.noun()}`, 'checkout.completed'])],
  (f) => [pick(f, ['product', 'product_name', 'item', 'title']), f.commerce.productName()],
  (f) => [pick(f, ['company', 'org', 'workspace', 'team_name']), f.company.name()],
  (f) => [pick(f, ['url', '$current_url', 'page', 'referrer']), pick(f, [`https://app.example.com/${f.word.noun()}?utm_source=newsletter&page=${f.number.int(9)}`, `https://docs.example.org/v${f.number.int(4)}/guide#install`, `http://localhost:${f.number.int({ min: 3000, max: 9000 })}/health`, `https://shop.example/search?q=${f.commerce.productAdjective().toLowerCase()}&sort=price`])],
  (f) => [pick(f, ['host', 'server', 'bind', 'listen']), pick(f, ['127.0.0.1', '0.0.0.0', '::1', 'localhost:8080', `ip-10-${f.number.int(255)}-${f.number.int(255)}-${f.number.int(255)}.ec2.internal`])],
  (f) => [pick(f, ['sample_rate', 'ratio', 'cpu', 'score']), f.number.float({ min: 0, max: 1, fractionDigits: 4 })],
  (f) => [pick(f, ['screen', 'resolution', 'viewport']), pick(f, ['1920x1080', '2560x1440', '390x844'])],
  (f) => [pick(f, ['color', 'theme_color']), f.color.rgb()],
  (f) => [pick(f, ['memory_address', 'ptr']), `0x${f.string.hexadecimal({ length: 12, casing: 'lower', prefix: '' })}`],
  (f) => [pick(f, ['feature_flags', 'flags']), pick(f, ['new-checkout,dark-mode', 'beta_search'])],
  (f) => [pick(f, ['count', 'items', 'retries', 'fps', 'frame_time_ms']), f.number.int(5000)],
  (f) => [pick(f, ['platform', 'os', 'browser', '$os', '$browser']), pick(f, ['macOS', 'Windows', 'Linux', 'iOS', 'Android', 'Chrome', 'Firefox', 'Safari'])],
  (f) => [pick(f, ['stack', 'stack_trace']), `Error: upstream timeout after 3000ms\n    at fetchJson (/home/runner/work/api/api/src/http.ts:${f.number.int(200)}:11)\n    at async main (/app/dist/index.js:${f.number.int(90)}:5)`],
  (f) => [pick(f, ['message', 'log', 'description']), pick(f, [`cache miss for key ${f.word.noun()}:${f.string.numeric(5)} after ${f.number.int(900)}ms`, `Order Completed in ${f.number.int(40)}s (v${f.system.semver()})`, `retrying request ${f.string.uuid()} attempt 3/5`, `Build ${f.string.numeric(5)} finished on runner ${f.string.alphanumeric(6)} with exit code 0`])],
  (f) => [pick(f, ['payload', 'data', 'state']), Buffer.from(JSON.stringify({ page: f.number.int(9), sort: 'asc', filters: [f.word.noun()] })).toString('base64')],
  (f) => [pick(f, ['nonce', 'blob', 'iv']), f.string.alphanumeric(24)],
  (f) => [pick(f, ['city', 'geo_city']), f.location.city()],
];

/** `n` hard-negative fields with distinct keys. */
export function negatives(f: Faker, n: number): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const keys = new Set<string>();
  for (let i = 0; i < n * 3 && out.length < n; i++) {
    const [k, v] = pick(f, GENERATORS)(f);
    if (keys.has(k)) continue;
    keys.add(k);
    out.push([k, v]);
  }
  return out;
}
