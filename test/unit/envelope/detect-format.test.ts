import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/envelope/detect-format.js';

describe('detectFormat', () => {
  it.each([
    ['otlp logs', { resourceLogs: [] }, 'otlp'],
    ['otlp spans', { resourceSpans: [{}] }, 'otlp'],
    ['otlp metrics', { resourceMetrics: [] }, 'otlp'],
    ['resourceLogs that is not an array', { resourceLogs: {} }, 'json'],
    ['posthog batch with api_key', { api_key: 'phc_x', batch: [] }, 'posthog'],
    ['posthog batch with sent_at', { batch: [{ event: 'e' }], sent_at: 't' }, 'posthog'],
    ['posthog batch by its events', { batch: [{ event: 'e', distinct_id: 'd' }, { event: 'f', properties: {} }] }, 'posthog'],
    ['posthog-node identify in a batch', { api_key: 'k', batch: [{ type: 'identify', event: '$identify', distinct_id: 'd' }] }, 'posthog'],
    ['posthog capture with api_key', { api_key: 'k', event: 'e', properties: {} }, 'posthog'],
    ['posthog capture with token', { token: 'k', event: 'e' }, 'posthog'],
    ['posthog capture with distinct_id', { event: 'e', distinct_id: 'd' }, 'posthog'],
    ['posthog-js event with token in properties', { event: '$pageview', properties: { token: 'phc_x' } }, 'posthog'],
    ['bare array of posthog events', [{ event: 'e', properties: { distinct_id: 'd' } }], 'posthog'],
    ['segment batch with sentAt', { batch: [], sentAt: 't' }, 'segment'],
    ['segment batch with writeKey', { batch: [{ type: 'track' }], writeKey: 'w' }, 'segment'],
    ['segment batch by its calls', { batch: [{ type: 'track', event: 'e', userId: 'u', properties: {} }] }, 'segment'],
    ['segment track', { type: 'track', event: 'e', anonymousId: 'a' }, 'segment'],
    ['segment identify', { type: 'identify', userId: 'u' }, 'segment'],
    ['segment alias', { type: 'alias', previousId: 'p', messageId: 'm' }, 'segment'],
    ['bare array of segment calls', [{ type: 'page', anonymousId: 'a', properties: {} }], 'segment'],
    ['segment-like call with distinct_id is posthog', { type: 'identify', userId: 'u', event: '$identify', distinct_id: 'd' }, 'posthog'],
    ['unknown segment type', { type: 'purchase', userId: 'u' }, 'json'],
    ['plain event with an event name only', { event: 'e', duration: 3 }, 'json'],
    ['plain object', { fps: 60 }, 'json'],
    ['plain batch of mixed objects', { batch: [{ a: 1 }] }, 'json'],
    ['empty batch without envelope keys', { batch: [] }, 'json'],
    ['empty array', [], 'json'],
    ['mixed array', [{ event: 'e', distinct_id: 'd' }, { a: 1 }], 'json'],
    ['string', 'x', 'json'],
    ['null', null, 'json'],
    ['number', 3, 'json'],
  ])('%s → %s', (_name, payload, format) => {
    expect(detectFormat(payload)).toBe(format);
  });

  it('ignores inherited properties', () => {
    const payload = Object.create({ resourceLogs: [] }) as object;
    expect(detectFormat(payload)).toBe('json');
  });
});
