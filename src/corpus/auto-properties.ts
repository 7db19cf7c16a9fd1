import type { Faker } from '@faker-js/faker';
import { pick } from './_fakers.js';

/**
 * The properties SDKs attach on their own (what real payloads are mostly made of): device,
 * screen, library and page context for PostHog and Segment, semantic-convention attributes for
 * OpenTelemetry. None of them is personal data; they are the everyday negatives.
 */

const OS = [['Mac OS X', '14.2.1'], ['Windows', '10.0'], ['iOS', '17.1.2'], ['Android', '14'], ['Linux', '6.5']] as const;
const BROWSERS = ['Chrome', 'Firefox', 'Safari', 'Edge', 'Mobile Safari'];

/** PostHog web/server auto-captured event properties. */
export function posthogProperties(f: Faker): Record<string, unknown> {
  const [os, osVersion] = pick(f, OS);
  const path = pick(f, ['/', '/settings', '/billing', '/projects', '/dashboard/overview']);
  return {
    $os: os, $os_version: osVersion, $browser: pick(f, BROWSERS), $browser_version: f.number.int({ min: 90, max: 131 }),
    $device_type: pick(f, ['Desktop', 'Mobile', 'Tablet']), $screen_height: pick(f, [1080, 1440, 844, 900]),
    $screen_width: pick(f, [1920, 2560, 390, 1440]), $viewport_height: f.number.int({ min: 600, max: 1300 }),
    $viewport_width: f.number.int({ min: 360, max: 2500 }), $insert_id: f.string.alphanumeric(16),
    $time: Number((f.date.recent().getTime() / 1000).toFixed(3)), $pathname: path, $host: 'app.example.com',
    $referring_domain: pick(f, ['$direct', 'www.google.com', 'news.ycombinator.com']), $is_identified: f.datatype.boolean(),
    $process_person_profile: true, $window_id: f.string.uuid(), $pageview_id: f.string.uuid(), $device_id: f.string.uuid(),
    $active_feature_flags: pick(f, [[], ['new-onboarding'], ['beta-export', 'dark-mode']]), $lib_version_major: 1,
    token: `phc_${f.string.alphanumeric(43)}`, $sent_at_ms: f.date.recent().getTime(),
  };
}

/** Segment `context` as analytics.js and the mobile libraries send it. */
export function segmentContext(f: Faker): Record<string, unknown> {
  const [os, osVersion] = pick(f, OS);
  return {
    app: { name: pick(f, ['Acme', 'Acme Mobile']), version: f.system.semver(), build: String(f.number.int({ min: 100, max: 9999 })), namespace: 'com.acme.app' },
    device: { id: f.string.uuid(), manufacturer: pick(f, ['Apple', 'Google', 'Samsung']), model: pick(f, ['iPhone15,2', 'Pixel 8', 'SM-S911B', 'MacBookPro18,3']), type: pick(f, ['ios', 'android', 'web']) },
    os: { name: os, version: osVersion },
    screen: { width: pick(f, [390, 1920, 1440]), height: pick(f, [844, 1080, 900]), density: pick(f, [2, 3, 1]) },
    locale: pick(f, ['en-US', 'de-DE', 'fr-FR', 'pt-BR']), timezone: pick(f, ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata']),
    network: { wifi: f.datatype.boolean(), cellular: f.datatype.boolean(), bluetooth: false },
  };
}

/** OTLP resource attributes (service, runtime, host, cloud, Kubernetes). */
export function otlpResource(f: Faker): Array<{ key: string; value: Record<string, unknown> }> {
  const s = (v: string): Record<string, unknown> => ({ stringValue: v });
  const service = pick(f, ['checkout', 'api-gateway', 'worker']);
  return [
    { key: 'service.name', value: s(service) }, { key: 'service.version', value: s(f.system.semver()) },
    { key: 'service.instance.id', value: s(f.string.uuid()) }, { key: 'telemetry.sdk.name', value: s('opentelemetry') },
    { key: 'telemetry.sdk.language', value: s('nodejs') }, { key: 'telemetry.sdk.version', value: s('1.26.0') },
    { key: 'process.pid', value: { intValue: String(f.number.int({ min: 1, max: 65000 })) } },
    { key: 'process.runtime.name', value: s('nodejs') }, { key: 'process.runtime.version', value: s(pick(f, ['20.11.0', '22.3.0'])) },
    { key: 'host.name', value: s(`ip-10-0-${f.number.int(255)}-${f.number.int(255)}`) }, { key: 'host.arch', value: s(pick(f, ['amd64', 'arm64'])) },
    { key: 'os.type', value: s('linux') }, { key: 'deployment.environment', value: s(pick(f, ['production', 'staging'])) },
    { key: 'cloud.provider', value: s('aws') }, { key: 'cloud.region', value: s(pick(f, ['eu-west-1', 'us-east-1'])) },
    { key: 'k8s.namespace.name', value: s('prod') }, { key: 'k8s.pod.name', value: s(`${service}-${f.string.alphanumeric({ length: 9, casing: 'lower' })}-${f.string.alphanumeric({ length: 5, casing: 'lower' })}`) },
    { key: 'container.id', value: s(f.string.hexadecimal({ length: 64, casing: 'lower', prefix: '' })) },
  ];
}

/** Semantic-convention attributes of an HTTP server span or a log record. */
export function otlpAttributes(f: Faker, kind: 'span' | 'log'): Array<{ key: string; value: Record<string, unknown> }> {
  const s = (v: string): Record<string, unknown> => ({ stringValue: v });
  const i = (v: number): Record<string, unknown> => ({ intValue: String(v) });
  if (kind === 'log') {
    return [{ key: 'code.function', value: s(pick(f, ['handleRequest', 'flushQueue', 'render'])) }, { key: 'code.lineno', value: i(f.number.int(900)) }, { key: 'thread.id', value: i(f.number.int(64)) }, { key: 'log.iostream', value: s('stdout') }];
  }
  return [
    { key: 'http.request.method', value: s(pick(f, ['GET', 'POST', 'PUT'])) }, { key: 'http.response.status_code', value: i(pick(f, [200, 201, 204, 404, 500])) },
    { key: 'http.route', value: s(pick(f, ['/api/users/:id', '/api/orders', '/health'])) }, { key: 'url.scheme', value: s('https') },
    { key: 'server.address', value: s('api.internal') }, { key: 'server.port', value: i(443) },
    { key: 'network.protocol.version', value: s('1.1') }, { key: 'http.request.body.size', value: i(f.number.int(20000)) },
  ];
}
