#!/usr/bin/env node
// The Common Fate example emitter: one `cf:request.created` event as a PostHog /batch/ body, sent with posthog-node,
// following policies/common-fate.policy.yaml.
//   consent  on by default; off when CF_ANALYTICS_DISABLED is "true" (compared case-insensitively, as analytics-go does).
//   ids      user and rule ids leave only as "usr_"/"rul_" + base64url(SHA-256(JSON(id))), the cf-analytics-go hash
//            (43 characters, no key: the policy declares `sha256` with no key). Emails, AWS account ids, rule names,
//            regions, sign-in URLs and IPs are never put in an event.
//   wire     posthog-node, identifying itself as cf-analytics-go (the policy's `library` and `$lib`), without the
//            per-event `uuid` posthog-node adds (cf-analytics-go sends none, and the allow-list has none), and without
//            posthog-node's `$is_server` and `$geoip_disable` properties (`isServer: false`, `disableGeoip: false`:
//            neither is in the allow-list; the policy leaves IP handling to the receiver, the Common Fate
//            CloudFlare Worker, which "does not log IP addresses").
//   endpoint CF_ANALYTICS_URL (analytics-go's variable); this example only talks to a loopback collector, where a
//            deployment would fall back to https://t.commonfate.io.
import { createHash, randomBytes } from 'node:crypto';
import { PostHog } from 'posthog-node';

const LIBRARY = 'cf-analytics-go';
const LIBRARY_VERSION = '0.3.0';
/** The public project key of the collector (a PostHog project key is a client key, not a secret). */
const PROJECT_KEY = 'phc_commonfate_example';

/** Whether analytics are on: the policy's default is on, and CF_ANALYTICS_DISABLED=true (any case) turns them off. */
export function analyticsEnabled(env) {
  return (env.CF_ANALYTICS_DISABLED ?? '').toLowerCase() !== 'true';
}

/** The cf-analytics-go pseudonym of an id: prefix + base64url(SHA-256(JSON(id))), 43 characters after the prefix. */
export function hashId(prefix, id) {
  return prefix + createHash('sha256').update(JSON.stringify(id)).digest('base64url');
}

/** posthog-node, speaking cf-analytics-go's wire format (library id and version, no per-event uuid). */
class CommonFateAnalytics extends PostHog {
  getLibraryId() {
    return LIBRARY;
  }
  getLibraryVersion() {
    return LIBRARY_VERSION;
  }
  normalizeMessage(message) {
    const { uuid: _uuid, ...rest } = super.normalizeMessage(message);
    return rest;
  }
}

/** A new Access Request as the Common Fate API sees it (raw values stay here; only counts, flags and hashes leave). */
function exampleRequest() {
  return {
    id: `req_${randomBytes(12).toString('hex')}`,
    requestedBy: { id: 'e7b1c2d4-0f3a-4b5c-8d9e-1a2b3c4d5e6f', email: 'requester@corp.example' },
    rule: { id: 'rul_2Kx9TnR4bH1qLm0', name: 'Production admin (break glass)', requiresApproval: true },
    provider: 'commonfate/aws-sso@v2',
    reason: 'incident 4711',
    timing: { mode: 'asap', durationSeconds: 3600 },
  };
}

/** The event properties of `cf:request.created` (the analytics-go catalogue's fields only). */
export function requestCreatedProperties(request) {
  return {
    request_id: request.id,
    requested_by: hashId('usr_', request.requestedBy.id),
    rule_id: hashId('rul_', request.rule.id),
    provider: request.provider,
    has_reason: request.reason !== '',
    requires_approval: request.rule.requiresApproval,
    timing: { mode: request.timing.mode, duration_seconds: request.timing.durationSeconds },
  };
}

async function main() {
  const env = process.env;
  if (!analyticsEnabled(env)) return;
  const host = (env.CF_ANALYTICS_URL ?? '').replace(/\/+$/, '');
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return; // the example only talks to a local collector
  const request = exampleRequest();
  const client = new CommonFateAnalytics(PROJECT_KEY, {
    host, flushAt: 1, flushInterval: 0, requestTimeout: 3000, fetchRetryCount: 0, disableGeoip: false, isServer: false,
  });
  client.on('error', () => {}); // analytics never break the host program
  try {
    client.capture({ distinctId: hashId('usr_', request.requestedBy.id), event: 'cf:request.created', properties: requestCreatedProperties(request) });
  } finally {
    await client.shutdown(4000);
  }
}

await main().catch(() => {});
