// Shared code of the Automagik example emitter and its planted-bug variants (no dependencies).
// It follows the consent rules of policies/automagik.policy.yaml: opt-in by AUTOMAGIK_TELEMETRY_ENABLED=true
// only, auto-disabled in CI and development environments and by ~/.automagik-no-telemetry, DO_NOT_TRACK
// honoured, opt-out wins over the enable switch. When enabled it sends one OTLP/JSON span to
// ${OTEL_EXPORTER_OTLP_ENDPOINT}/v1/traces. Each `bug` flag plants exactly one defect.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, homedir, platform, release } from 'node:os';
import { join } from 'node:path';

const CI_VARIABLES = ['CI', 'GITHUB_ACTIONS', 'TRAVIS', 'JENKINS', 'JENKINS_URL', 'GITLAB_CI', 'CIRCLECI', 'BUILDKITE'];
const DEV_VALUES = ['development', 'dev', 'test', 'testing'];

/** Whether telemetry is on, as the seed's flowchart says (opt-out wins), with one optional planted bug. */
export function telemetryEnabled(env, home, bug) {
  if (env.AUTOMAGIK_TELEMETRY_ENABLED !== 'true') return false;
  if (bug === 'enable-overrides-ci') return true;
  if (CI_VARIABLES.some((name) => (env[name] ?? '') !== '')) return false;
  if (DEV_VALUES.includes(env.ENVIRONMENT ?? '')) return false;
  if (bug !== 'dnt-ignored' && (env.DO_NOT_TRACK ?? '') !== '' && env.DO_NOT_TRACK !== '0') return false;
  if (bug !== 'opt-out-file-ignored' && existsSync(join(home, '.automagik-no-telemetry'))) return false;
  return true;
}

function userIdFile(home) {
  const dir = join(home, '.automagik');
  const file = join(dir, 'user_id');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const id = randomUUID();
  writeFileSync(file, id);
  return id;
}

const str = (key, value) => ({ key, value: { stringValue: value } });

/** The one OTLP/JSON span the emitter sends. */
export function payload(anonymousId, bug) {
  const nowNs = `${BigInt(Date.now()) * 1_000_000n}`;
  const attributes = [
    str('system.os', platform()),
    str('system.os_version', release().replace(/[^0-9A-Za-z._+-]/g, '-').slice(0, 64)),
    str('system.node_version', process.version),
    str('system.architecture', arch()),
    { key: 'system.is_docker', value: { boolValue: false } },
    str('project', 'omni'),
    str('feature_name', 'list_contacts'),
    str('feature_category', 'api_endpoint'),
  ];
  if (bug === 'email-in-attribute') attributes.push(str('email', process.env.TG_CANARY_EMAIL ?? 'jane.doe@example.com'));
  return {
    resourceSpans: [{
      resource: { attributes: [
        str('service.name', 'omni'), str('service.version', '1.4.0'), str('service.organization', 'namastex'),
        str('anonymous_user_id', createHash('sha256').update(anonymousId).digest('hex')),
        str('session.id', randomUUID()),
        str('telemetry.sdk.name', 'automagik-telemetry'), str('telemetry.sdk.version', '0.6.3'),
      ] },
      scopeSpans: [{
        scope: { name: 'omni.telemetry', version: '1.4.0' },
        spans: [{
          traceId: randomUUID().replace(/-/g, ''), spanId: randomUUID().replace(/-/g, '').slice(0, 16),
          name: 'automagik.feature.used', kind: 'SPAN_KIND_INTERNAL', startTimeUnixNano: nowNs, endTimeUnixNano: nowNs,
          attributes, status: { code: 1 },
        }],
      }],
    }],
  };
}

/** Run the emitter: decide consent, then send one span (or nothing). `bug` plants one defect. */
export async function run(bug) {
  const env = process.env;
  const home = homedir();
  if (bug === 'id-file-while-disabled') userIdFile(home);
  if (!telemetryEnabled(env, home, bug)) return;
  const endpoint = (env.OTEL_EXPORTER_OTLP_ENDPOINT ?? '').replace(/\/+$/, '');
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(endpoint)) return; // the example only talks to a local collector
  let url = `${endpoint}/v1/traces`;
  if (bug === 'canary-in-url') url += `?ctx=${encodeURIComponent(Buffer.from(env.TG_CANARY_EMAIL ?? 'jane.doe@example.com').toString('base64'))}`;
  const body = JSON.stringify(payload(userIdFile(home), bug));
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
  } catch {
    // Telemetry never breaks the host program.
  }
}
