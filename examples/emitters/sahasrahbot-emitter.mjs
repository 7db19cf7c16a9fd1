#!/usr/bin/env node
// The SahasrahBot example emitter: the bot's anonymous telemetry service (alttprbot.util.telemetry), following
// policies/sahasrahbot.policy.yaml.
//   consent  off by default; on only when TELEMETRY_ENABLED is exactly "true" (any other value, "false" included,
//            keeps it off, and then nothing is queued, hashed or written).
//   fields   exactly the 11 allowed fields; no user ids, names, raw guild/channel ids, IPs, user agents, stack traces
//            or message text. guild_hash = SHA-256("<guild id>:<TELEMETRY_HASH_SALT>") in hex, the salted hash the
//            policy declares; when the salt is unset the event carries guild_hash: null (never an unsalted or
//            constant hash). The salt is never printed. day_bucket is the UTC date only.
//   sampling TELEMETRY_SAMPLE_RATE (0.0-1.0, default 1.0), recorded in every event.
//   queue    bounded (TELEMETRY_QUEUE_SIZE, default 1000, oldest dropped) and fail-open: telemetry never blocks or
//            breaks the user flow.
//   sink     the seed writes rows to the telemetry_events table; a probe only sees HTTP, so this example hands the
//            batch of rows (a JSON array) to an ingestion endpoint in front of that table: TELEMETRY_SINK_URL.
import { createHash } from 'node:crypto';

/** Whether telemetry is on: TELEMETRY_ENABLED=true exactly (the policy's only enable value). */
export function telemetryEnabled(env) {
  return env.TELEMETRY_ENABLED === 'true';
}

/** The salted guild hash, or null when there is no guild or no salt. */
export function guildHash(guildId, salt) {
  if (guildId === undefined || guildId === null || salt === undefined || salt === '') return null;
  return createHash('sha256').update(`${guildId}:${salt}`).digest('hex');
}

function sampleRate(env) {
  const rate = Number.parseFloat(env.TELEMETRY_SAMPLE_RATE ?? '1.0');
  return Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 1;
}

/** A telemetry service: `record()` builds an allowed row from the bot's context, `flush()` sends the queue. */
export function createTelemetry(env) {
  const rate = sampleRate(env);
  const salt = env.TELEMETRY_HASH_SALT ?? '';
  const max = Math.min(10_000, Math.max(1, Number.parseInt(env.TELEMETRY_QUEUE_SIZE ?? '1000', 10) || 1000));
  const queue = [];
  return {
    /** Queue one event; `context` may hold raw Discord data, of which only the guild id is used, hashed. */
    record(name, context, outcome) {
      if (rate < 1 && Math.random() >= rate) return;
      const parts = name.split('.'); // surface.feature[.detail].action, e.g. discord.generator.preset.invoke
      if (queue.length >= max) queue.shift();
      queue.push({
        event_name: name,
        surface: parts[0],
        feature: parts[1],
        action: parts.at(-1),
        status: outcome.status,
        provider: outcome.provider ?? null,
        guild_hash: guildHash(context.guildId, salt),
        day_bucket: new Date().toISOString().slice(0, 10),
        duration_ms: outcome.durationMs === undefined ? null : Math.max(0, Math.round(outcome.durationMs)),
        error_type: outcome.errorType ?? null,
        sample_rate: rate,
      });
    },
    /** Send the queued rows in one request (bounded by a timeout); failures are dropped. */
    async flush(sinkUrl) {
      const rows = queue.splice(0, queue.length);
      if (rows.length === 0) return;
      try {
        const res = await fetch(sinkUrl, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rows), signal: AbortSignal.timeout(3000),
        });
        await res.arrayBuffer();
      } catch {
        // Fail-open: telemetry never breaks the bot.
      }
    },
  };
}

/** One /preset command in a Discord guild: the raw context the bot has (none of it is sent as is). */
const interaction = {
  guildId: '184335678273273856', channelId: '471287619082174494', userId: '185198185990324225',
  username: 'speedrunner', args: 'preset:standard spoiler:true',
};

async function main() {
  const env = process.env;
  if (!telemetryEnabled(env)) return; // NoOpTelemetryService
  const sink = env.TELEMETRY_SINK_URL ?? '';
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(sink)) return; // the example only talks to a local sink
  if ((env.TELEMETRY_HASH_SALT ?? '') === '') process.stderr.write('telemetry: TELEMETRY_HASH_SALT is not set; guild_hash is left out\n');
  const telemetry = createTelemetry(env);
  const started = performance.now();
  telemetry.record('discord.generator.preset.invoke', interaction, { status: 'ok', provider: 'alttpr' });
  telemetry.record('discord.generator.preset.success', interaction, { status: 'ok', provider: 'alttpr', durationMs: performance.now() - started + 850 });
  await telemetry.flush(sink);
}

await main().catch(() => {});
