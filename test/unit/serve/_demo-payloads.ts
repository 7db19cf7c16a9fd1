/** Payloads for fixtures/e2e/demo.policy.yaml shared by the receiver tests: one conforming, one leaking an email, one opted out. */
export const SECRET = 'jane.doe@example.com';
export const CLEAN = { event_name: 'discord.generator.invoke', surface: 'discord', day_bucket: '2026-02-12', telemetryOptIn: true };
export const CLEAN_TEXT = JSON.stringify(CLEAN);
export const EXTRA = JSON.stringify({ ...CLEAN, contact: SECRET });
export const OPTED_OUT = JSON.stringify({ ...CLEAN, telemetryOptIn: false });
