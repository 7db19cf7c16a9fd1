import { type PolicyCase, describePolicy } from './_helpers.js';


// sha256("<guild id>:<salt>") as alttprbot.util.telemetry.hash_guild_id computes it.
const GUILD = '572a089e32c8fac828e725881a1da95179166acd5168f5752f7009452fec394d';

const cases: PolicyCase[] = [
  {
    name: 'a preset invoke row is clean',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', provider: 'alttpr', guild_hash: GUILD, day_bucket: '2026-02-12', duration_ms: null, error_type: null, sample_rate: 1.0 },
    findings: [],
  },
  {
    name: 'a row without the optional fields is clean',
    event: { event_name: 'api.seed.generate.success', surface: 'api', feature: 'seedgen', action: 'success', status: 'ok', day_bucket: '2026-02-01', sample_rate: 0.25 },
    findings: [],
  },
  {
    name: 'an array of rows is one record each',
    event: [
      { event_name: 'discord.generator.preset.failure', surface: 'discord', feature: 'generator', action: 'failure', status: 'timeout', provider: 'sm.samus.link', guild_hash: GUILD, day_bucket: '2026-02-12', duration_ms: 30012, error_type: 'provider_timeout', sample_rate: 0.5 },
      { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', day_bucket: '2026-02-12', sample_rate: 1, created_at: '2026-02-12T19:04:11.482913' },
    ],
    findings: [['unknown-field', '/1/created_at']],
  },
  {
    name: 'the table column created_at is not one of the 11 allowed fields',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', day_bucket: '2026-02-12', sample_rate: 1, created_at: '2026-02-12T19:04:11.482913' },
    findings: [['unknown-field', '/created_at']],
  },
  {
    name: 'a raw guild id and a raw channel id are prohibited',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', day_bucket: '2026-02-12', sample_rate: 1, guild_id: '1060958293474545664', channelId: '1060958293474545667' },
    findings: [['prohibited-field', '/channelId'], ['prohibited-field', '/guild_id']],
  },
  {
    name: 'a raw snowflake in guild_hash is not pseudonymised',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', guild_hash: '1060958293474545664', day_bucket: '2026-02-12', sample_rate: 1 },
    findings: [['not-pseudonymised', '/guild_hash']],
  },
  {
    name: 'a day bucket with a time is too precise',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', day_bucket: '2026-02-12T19:04:11Z', sample_rate: 1 },
    findings: [['too-precise-timestamp', '/day_bucket']],
  },
  {
    name: 'a day bucket that is not a date is invalid',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', day_bucket: 'yesterday', sample_rate: 1 },
    findings: [['invalid-value', '/day_bucket']],
  },
  {
    name: 'a sample rate above 1 is out of range',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', day_bucket: '2026-02-12', sample_rate: 1.5 },
    findings: [['sample-rate-out-of-range', '/sample_rate']],
  },
  {
    name: 'an unknown surface, action and status are invalid',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'twitch', feature: 'generator', action: 'retry', status: 'crashed', day_bucket: '2026-02-12', sample_rate: 1 },
    findings: [['invalid-value', '/action'], ['invalid-value', '/status'], ['invalid-value', '/surface']],
  },
  {
    name: 'an event name that is not namespaced is invalid',
    event: { event_name: 'PresetInvoked', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', day_bucket: '2026-02-12', sample_rate: 1 },
    findings: [['invalid-value', '/event_name']],
  },
  {
    name: 'a user agent and a username are prohibited',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', status: 'ok', day_bucket: '2026-02-12', sample_rate: 1, user_agent: 'aiohttp/3.9.3', userName: 'speedrunner42' },
    findings: [['prohibited-field', '/userName'], ['prohibited-field', '/user_agent']],
  },
  {
    name: 'a row without status and sample rate is missing fields',
    event: { event_name: 'discord.generator.preset.invoke', surface: 'discord', feature: 'generator', action: 'invoke', day_bucket: '2026-02-12' },
    findings: [['missing-field', '']],
  },
];

await describePolicy('sahasrahbot', cases);
