import { describe, expect, it } from 'vitest';
import { diffPolicies } from '../../../src/diff/index.js';
import type { PolicyChange } from '../../../src/diff/index.js';
import { BASE_TEXT, edit, load } from './_policies.js';

type Edit = readonly [string, string];
const brief = (c: PolicyChange): string => `${c.direction} ${c.code ?? '-'} ${c.subject}${c.dpia ? ' dpia' : ''}`;

/** Diff the base fixture against it with `edits` applied (or the other way round with `swap`). */
function changesOf(edits: readonly Edit[], swap = false): PolicyChange[] {
  const base = load(BASE_TEXT, 'base.policy.yaml');
  const head = load(edit(...edits));
  return swap ? diffPolicies(head, base) : diffPolicies(base, head);
}

describe('diffPolicies', () => {
  it.each<[string, readonly Edit[], boolean, readonly string[]]>([
    ['a new email field', [['  legacy_flag: { type: boolean }\n', '  legacy_flag: { type: boolean }\n  email: { type: string, maxLength: 254 }\n']], false,
      ['expands collection-field-added email dpia']],
    ['a removed field', [['  legacy_flag: { type: boolean }\n', '']], false, ['reduces - legacy_flag']],
    ['retention 30 → 365 days', [['detailDays: 30,', 'detailDays: 365,']], false, ['expands retention-lengthened retention.detailDays dpia']],
    ['retention shortened', [['aggregateDays: 365', 'aggregateDays: 90']], false, ['reduces - retention.aggregateDays']],
    ['a retention tier no longer bounded', [['optOutDeletionDays: 30 ', '']], false, ['expands retention-lengthened retention.optOutDeletionDays dpia']],
    ['entities allowed on a field', [['  surface: { enum: [cli, api] }', '  surface: { enum: [cli, api], allowEntities: [EMAIL] }']], false,
      ['expands field-loosened surface dpia']],
    ['pseudonym removed', [['    pseudonym: { method: hmac-sha256, key: { env: TELEMETRY_KEY, heldBy: server }, rotation: daily }\n', '']], false,
      ['expands field-loosened install_hash dpia']],
    ['pseudonym rotation lengthened', [['rotation: daily', 'rotation: none']], false, ['expands field-loosened install_hash dpia']],
    ['pseudonym method weakened', [['method: hmac-sha256', 'method: sha256']], false, ['expands field-loosened install_hash dpia']],
    ['granularity made finer', [['granularity: day', 'granularity: second']], false, ['expands field-loosened day dpia']],
    ['granularity made coarser', [['granularity: day', 'granularity: month']], false, ['reduces - day']],
    ['enum widened', [['enum: [cli, api]', 'enum: [cli, api, web]']], false, ['expands field-loosened surface']],
    ['enum narrowed', [['enum: [cli, api]', 'enum: [cli]']], false, ['reduces - surface']],
    ['pattern removed', [["pattern: '^[a-z]+(\\.[a-z_]+)+$', ", '']], false, ['expands field-loosened event_name']],
    ['pattern replaced', [["pattern: '^[a-z]+(\\.[a-z_]+)+$'", "pattern: '^[a-z.]+$'"]], false, ['review policy-changed event_name']],
    ['minimum lowered', [['minimum: 0', 'minimum: -5']], false, ['expands field-loosened duration_ms']],
    ['undeclared fields now warned', [['unknownFields: reject', 'unknownFields: warn']], false, ['expands field-loosened unknownFields dpia']],
    ['a prohibited field removed', [['fields: [user_id, ip]', 'fields: [user_id]']], false, ['expands prohibition-removed prohibited.fields dpia']],
    ['a prohibited field respelled', [['fields: [user_id, ip]', 'fields: [userId, ip]']], false, []],
    ['prohibited entities narrowed', [['entities: all', 'entities: [EMAIL, PHONE]']], false, ['expands prohibition-removed prohibited.entities dpia']],
    ['sampling raised', [['max: 0.05', 'max: 0.5']], false, ['expands sampling-raised sampling.max']],
    ['sampling lowered', [['max: 0.05', 'max: 0.02']], false, ['reduces - sampling.max']],
    ['aggregation minimum count lowered', [['minCount: 5', 'minCount: 2']], false, ['expands aggregation-loosened aggregation.minCount dpia']],
    ['aggregation minimum count removed', [['window: hour, minCount: 5', 'window: hour']], false, ['expands aggregation-loosened aggregation.minCount dpia']],
    ['consent on by default', [['default: off', 'default: on']], false, ['expands consent-loosened consent.default dpia']],
    ['enable values added', [["values: ['true']", "values: ['true', '1']"]], false, ['expands consent-loosened consent.enable.values dpia']],
    ['DO_NOT_TRACK opt-out dropped', [["env: { DO_NOT_TRACK: ['1'] }, ", '']], false, ['expands consent-loosened consent.optOut.env dpia']],
    ['CI opt-out dropped', [[', ci: true', '']], false, ['expands consent-loosened consent.optOut.ci dpia']],
    ['precedence changed', [['  optOut:', '  precedence: enable-wins\n  optOut:']], false, ['expands consent-loosened consent.precedence dpia']],
    ['a recipient added', [['recipients: [vendor-analytics]', 'recipients: [vendor-analytics, ads-partner]']], false,
      ['expands recipient-added processing.recipients dpia']],
    ['a processor and a transfer added', [['recipients: [vendor-analytics]', 'recipients: [vendor-analytics], processors: [cloud], transfers: [{ to: US, mechanism: SCCs }]']], false,
      ['expands recipient-added processing.processors dpia', 'expands transfer-added processing.transfers dpia']],
    ['a market added', [['recipients: [vendor-analytics]', 'recipients: [vendor-analytics], markets: [EU, NG]']], false, ['expands market-added processing.markets dpia']],
    ['lawful basis changed', [['lawfulBasis: consent', 'lawfulBasis: legitimate-interests']], false, ['expands lawful-basis-changed processing.lawfulBasis dpia']],
    ['a regime added', [['regulations: [gdpr, ccpa, nigeria]', 'regulations: [gdpr]']], true, ['expands regime-added regulations dpia']],
    ['identifiability claim strengthened', [['identifiability: pseudonymised', 'identifiability: anonymous']], false,
      ['expands identifiability-strengthened processing.identifiability dpia']],
    ['TLS made optional', [['tls: required', 'tls: optional']], false, ['expands safeguard-weakened transport.tls dpia']],
    ['the purpose reworded', [['purpose: Count feature use', 'purpose: Count and profile feature use']], false, ['review policy-changed processing.purpose']],
    ['only the title changed', [['title: Example', 'title: Changed example']], false, ['neutral - title']],
  ])('%s', (_, edits, swap, expected) => {
    expect(changesOf(edits, swap).map(brief)).toEqual(expected);
  });

  it('a new email field names GDPR Art. 5(1)(c) and points at its line in the head policy', () => {
    const [change] = changesOf([['  legacy_flag: { type: boolean }\n', '  legacy_flag: { type: boolean }\n  email: { type: string }\n']]);
    expect(change).toMatchObject({ pointer: '/fields/email', line: 14, personal: true, file: 'head.policy.yaml' });
    expect(change?.provisions.map((p) => `${p.regime} ${p.cite}`)).toEqual(expect.arrayContaining(['gdpr Art. 5(1)(c)', 'gdpr Art. 35', 'ccpa 1798.100(c)', 'nigeria NDPA s.24(1)(c)']));
  });

  it('lengthened retention names GDPR Art. 5(1)(e)', () => {
    const [change] = changesOf([['detailDays: 30,', 'detailDays: 365,']]);
    expect(change?.message).toBe('Retention detailDays 30 days → 365 days: data is kept longer.');
    expect(change?.provisions.map((p) => p.cite)).toEqual(expect.arrayContaining(['Art. 5(1)(e)', '1798.100(a)(3)', 'NDPA s.24(1)(d)']));
  });

  it('finds new nested fields and item fields with pointers into the head policy', () => {
    const base = load(edit(['  legacy_flag: { type: boolean }\n', '  ctx: { type: object, fields: { os: { enum: [linux] } } }\n  tags: { type: array, items: { type: object, fields: { k: { enum: [a] } } } }\n']));
    const head = load(edit(['  legacy_flag: { type: boolean }\n', '  ctx: { type: object, fields: { os: { enum: [linux] }, user_ip: { type: string } } }\n  tags: { type: array, items: { type: object, fields: { k: { enum: [a] }, v: { type: string } } } }\n']));
    expect(diffPolicies(base, head).map((c) => `${c.code} ${c.subject} ${c.pointer} ${c.personal}`)).toEqual([
      'collection-field-added ctx.user_ip /fields/ctx/fields/user_ip true',
      'collection-field-added tags[].v /fields/tags/items/fields/v false',
    ]);
  });

  it('never shows a pseudonym key reference', () => {
    const changes = changesOf([['env: TELEMETRY_KEY', 'env: SECRET_SALT_NAME_9f8e']]);
    expect(changes.map(brief)).toEqual(['neutral - install_hash']);
    expect(JSON.stringify(changes)).not.toMatch(/SECRET_SALT|TELEMETRY_KEY/);
  });

  it('treats a policy new at head as all-new collection and one deleted at head as a reduction', () => {
    const head = load(BASE_TEXT);
    const added = diffPolicies(null, head);
    expect(added.filter((c) => c.code === 'collection-field-added').map((c) => c.subject)).toEqual(['event_name', 'surface', 'install_hash', 'day', 'duration_ms', 'legacy_flag']);
    expect(added.some((c) => c.direction === 'reduces')).toBe(false);
    expect(diffPolicies(head, null).map(brief)).toEqual(['reduces - diff-example']);
    expect(diffPolicies(null, null)).toEqual([]);
  });
});
