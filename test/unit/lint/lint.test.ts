import { describe, expect, it } from 'vitest';
import { CODES } from '../../../src/findings/codes.js';
import { compareFindings } from '../../../src/findings/finding.js';
import { LINT_RULES, lintPolicy } from '../../../src/lint/index.js';
import { loadYaml, policyYaml } from './_policy.js';

type Want = readonly [code: string, pointer: string, rule: string, severity: string];

const lint = (changes: Record<string, string | null>): Want[] =>
  lintPolicy(loadYaml(policyYaml(changes))).map((f) => [f.code, f.pointer, f.rule ?? '', f.severity] as const);

const ID = "  install_hash: { type: string, pseudonym: { method: hmac-sha256, key: { env: K }, rotation: daily } }";
const fieldsWith = (...lines: string[]): string => ['fields:', "  surface: { enum: [a, b] }", ...lines].join('\n');

const cases: [name: string, changes: Record<string, string | null>, want: Want[]][] = [
  ['a clean policy', {}, []],
  // policy-conflict
  ['allowed and prohibited (normalised)', { fields: fieldsWith('  userId: { type: integer }') },
    [['policy-conflict', '/fields/userId', 'policy-conflict', 'error']]],
  ['prohibited at depth', { fields: fieldsWith('  client: { type: object, fields: { IP: { type: string, format: ipv4 } } }') },
    [['policy-conflict', '/fields/client/fields/IP', 'policy-conflict', 'error']]],
  ['prohibited as a dotted path', {
    fields: fieldsWith('  user: { type: object, fields: { id: { type: integer } } }'),
  }, [['policy-conflict', '/fields/user/fields/id', 'policy-conflict', 'error']]],
  // pseudonym-without-key
  ['plain sha256', { fields: fieldsWith('  h: { type: string, pseudonym: { method: sha256 } }') },
    [['pseudonym-without-key', '/fields/h/pseudonym/method', 'pseudonym-unkeyed', 'warning']]],
  ['hmac without a key', { fields: fieldsWith('  h: { type: string, pseudonym: { method: hmac-sha256 } }') },
    [['pseudonym-without-key', '/fields/h/pseudonym', 'pseudonym-unkeyed', 'warning']]],
  ['salted with a key that names no source', { fields: fieldsWith('  h: { type: string, pseudonym: { method: salted-sha256, key: { heldBy: server } } }') },
    [['pseudonym-without-key', '/fields/h/pseudonym', 'pseudonym-unkeyed', 'warning']]],
  ['salt held by the client (pitfall 2)', { fields: fieldsWith('  h: { type: string, pseudonym: { method: salted-sha256, key: { env: S, heldBy: client } } }') },
    [['pseudonym-without-key', '/fields/h/pseudonym/key/heldBy', 'pseudonym-client-key', 'warning']]],
  ['per-install client salt is a random id', { fields: fieldsWith('  h: { type: string, pseudonym: { method: salted-sha256, key: { env: S, heldBy: client }, rotation: per-install } }') }, []],
  ['random daily uuid needs no key', { fields: fieldsWith('  h: { type: string, pseudonym: { method: uuid, rotation: daily } }') }, []],
  // consent-default-on
  ['on by default with GDPR, DNT opt-out and consent basis', { consent: 'consent: { default: on, optOut: { doNotTrack: true } }' }, [
    ['overclaim', '/processing/lawfulBasis', 'overclaim-opt-out-consent', 'warning'],
    ['consent-default-on', '/consent/default', 'consent-default-on', 'error'],
  ]],
  ['no consent block with GDPR', { consent: null }, [['consent-default-on', '/consent', 'consent-default-on', 'warning']]],
  ['consent block with neither default nor enable', { consent: 'consent: { optOut: { ci: true } }' },
    [['consent-default-on', '/consent/default', 'consent-default-on', 'warning']]],
  ['no consent block, legitimate interests (server side)', {
    consent: null, processing: 'processing: { lawfulBasis: legitimate-interests, identifiability: pseudonymised }',
  }, []],
  ['on by default under CCPA only', {
    regulations: 'regulations: [ccpa]', consent: 'consent: { default: on, optOut: { doNotTrack: true } }',
    processing: 'processing: { lawfulBasis: legitimate-interests }',
  }, []],
  ['on by default with a documented carve-out', {
    consent: 'consent: { default: on }',
    processing: "processing: { lawfulBasis: legitimate-interests, claims: ['Relies on the CNIL audience-measurement exemption'] }",
  }, []],
  // retention-missing
  ['no retention', { retention: null }, [['retention-missing', '/retention', 'retention-missing', 'warning']]],
  ['no detail period', { retention: 'retention: { aggregateDays: 365 }' },
    [['retention-missing', '/retention/detailDays', 'retention-missing', 'warning']]],
  ['a single retention number (pitfall 15)', { retention: 'retention: { detailDays: 30 }' },
    [['retention-missing', '/retention', 'retention-single-tier', 'info']]],
  // redos-pattern
  ['nested quantifier in a field pattern', { fields: fieldsWith("  tag: { type: string, pattern: '^([a-z0-9]+[-_]?)+$' }") },
    [['redos-pattern', '/fields/tag/pattern', 'redos-pattern', 'error']]],
  ['overlapping sequence in an items pattern', { fields: fieldsWith("  v: { type: array, items: { type: string, pattern: '^\\d+\\.?\\d*$' } }") },
    [['redos-pattern', '/fields/v/items/pattern', 'redos-pattern', 'warning']]],
  ['nested quantifier in a prohibited pattern', {
    prohibited: "prohibited: { fields: [user_id, ip], patterns: [{ name: words, pattern: '(\\w+\\s?)*$' }] }",
  }, [['redos-pattern', '/prohibited/patterns/0/pattern', 'redos-pattern', 'error']]],
  // overclaim: anonymous ids (1, 3)
  ['"anonymous" title with a hashed id', { title: 'title: Anonymous usage telemetry' },
    [['overclaim', '/title', 'overclaim-anonymous-ids', 'warning']]],
  ['identifiability anonymous with a hashed id', { processing: 'processing: { lawfulBasis: consent, identifiability: anonymous }' },
    [['overclaim', '/processing/identifiability', 'overclaim-anonymous-ids', 'warning']]],
  ['"no personal data" with an id-named field', {
    fields: fieldsWith('  distinct_id: { type: string, maxLength: 64 }'),
    description: 'description: This telemetry collects no personal data.',
  }, [['overclaim', '/description', 'overclaim-anonymous-ids', 'warning']]],
  ['"untraceable" and "no PII" phrasings', {
    processing: "processing: { lawfulBasis: consent, claims: ['Data is untraceable', 'No PII collection', 'We do not collect any identifiable information'] }",
  }, [
    ['overclaim', '/processing/claims/0', 'overclaim-anonymous-ids', 'warning'],
    ['overclaim', '/processing/claims/1', 'overclaim-anonymous-ids', 'warning'],
    ['overclaim', '/processing/claims/2', 'overclaim-anonymous-ids', 'warning'],
  ]],
  ['"cannot identify users" is the Art. 11 position, not a claim of anonymity', {
    processing: "processing: { lawfulBasis: consent, claims: ['Salts are destroyed, so we cannot identify users'] }",
  }, []],
  ['negated: pseudonymous, not anonymous', { description: 'description: Ids are pseudonymous, not anonymous.' }, []],
  ['anonymous with no identifier field', {
    title: 'title: Anonymous usage telemetry', fields: fieldsWith('  trace_id: { type: string, maxLength: 32 }'),
  }, []],
  // overclaim: rotation (3)
  ['daily ids said to be unlinkable while detail is kept 30 days', {
    processing: "processing: { lawfulBasis: consent, claims: ['Ids are regenerated daily (no cross-day correlation)'] }",
  }, [['overclaim', '/processing/claims/0', 'overclaim-rotation-unlinkable', 'warning']]],
  ['daily ids said to be unlinkable with detail kept one day', {
    processing: "processing: { lawfulBasis: consent, claims: ['Ids are regenerated daily (no cross-day correlation)'] }",
    retention: 'retention: { detailDays: 1, aggregateDays: 365 }',
  }, []],
  // overclaim: aggregates (4)
  ['aggregate status with no aggregation', { processing: 'processing: { lawfulBasis: consent, identifiability: aggregate }' },
    [['overclaim', '/processing/identifiability', 'overclaim-aggregate-anonymous', 'warning']]],
  ['anonymous aggregates with no minCount', {
    fields: fieldsWith(), processing: 'processing: { lawfulBasis: consent, identifiability: anonymous }',
    retention: 'retention: { detailDays: 30, aggregateDays: 365 }\naggregation: { window: hour }',
  }, [['overclaim', '/aggregation/minCount', 'overclaim-aggregate-anonymous', 'warning']]],
  ['anonymous aggregates in prose, in a policy that aggregates', {
    fields: fieldsWith(), description: 'description: Only aggregated, anonymised counts are kept.',
    retention: 'retention: { detailDays: 30, aggregateDays: 365 }\naggregation: { window: hour }',
  }, [['overclaim', '/aggregation/minCount', 'overclaim-aggregate-anonymous', 'warning']]],
  ['anonymous aggregates with minCount', {
    fields: fieldsWith(), processing: 'processing: { lawfulBasis: consent, identifiability: anonymous }',
    retention: 'retention: { detailDays: 30, aggregateDays: 365 }\naggregation: { window: hour, minCount: 10 }',
  }, []],
  // overclaim: consent signals (6, 7a, 13)
  ['DO_NOT_TRACK said to satisfy consent', { processing: "processing: { lawfulBasis: consent, claims: ['Honouring DO_NOT_TRACK satisfies consent'] }" },
    [['overclaim', '/processing/claims/0', 'overclaim-opt-out-consent', 'warning']]],
  ['opt-out mentioned next to consent, not equated', {
    processing: "processing: { lawfulBasis: consent, claims: ['Opt-out is available at any time and consent is recorded'] }",
  }, []],
  ['CCPA said to require opt-in', { processing: "processing: { lawfulBasis: consent, claims: ['Opt-in is required by the CCPA'] }" },
    [['overclaim', '/processing/claims/0', 'overclaim-ccpa-opt-in', 'warning']]],
  ['env-var consent with no notice', { consent: "consent: { default: off, enable: { env: T_ON, values: ['1'] } }" },
    [['overclaim', '/consent/enable', 'overclaim-env-consent', 'info']]],
  // overclaim: prose (5, 9, 10, 17, 18)
  ['NDPR as the current framework', { description: 'description: Compliant with the NDPR.' },
    [['overclaim', '/description', 'overclaim-ndpr', 'warning']]],
  ['NDPR as a legacy reference', { description: 'description: NDPA 2023 / GAID 2025 (NDPR legacy cross-reference).' }, []],
  ['sampled, therefore anonymous', { processing: "processing: { lawfulBasis: consent, claims: ['Events are sampled, therefore anonymous'] }" }, [
    ['overclaim', '/processing/claims/0', 'overclaim-anonymous-ids', 'warning'],
    ['overclaim', '/processing/claims/0', 'overclaim-sampling-anonymous', 'warning'],
  ]],
  ['no DPIA needed', { description: 'description: No DPIA is needed for this telemetry.' },
    [['overclaim', '/description', 'overclaim-no-dpia', 'warning']]],
  ['Omnibus cited as law', { description: 'description: Under Article 88a of the GDPR telemetry signals are exempt.' },
    [['overclaim', '/description', 'overclaim-proposals-as-law', 'warning']]],
  ['Omnibus cited as a proposal', { description: 'description: The proposed Article 88a would change this.' }, []],
  ['"we do not collect IP addresses"', { description: 'description: We do not collect IP addresses.' },
    [['overclaim', '/description', 'overclaim-no-ip', 'info']]],
  ['"we do not log IP addresses"', { description: 'description: When collecting analytics we do not log IP addresses.' },
    [['overclaim', '/description', 'overclaim-no-ip', 'info']]],
  ['IP claim that says how the edge discards them', { description: 'description: We do not keep IP addresses; the edge discards them.' }, []],
  // overclaim: deletion (11), transfers (16), deidentified (8)
  ['deletion promise with pseudonymised ids', { retention: 'retention: { detailDays: 30, logsDays: 7, optOutDeletionDays: 30 }' },
    [['overclaim', '/retention/optOutDeletionDays', 'overclaim-deletion-unlinkable', 'info']]],
  ['deletion promise saying Art. 11 applies', {
    retention: 'retention: { detailDays: 30, logsDays: 7, optOutDeletionDays: 30 }',
    processing: "processing: { lawfulBasis: consent, claims: ['Salts are destroyed daily, so we cannot identify users (GDPR Art. 11)'] }",
  }, []],
  ['transfer without mechanism', { processing: 'processing: { lawfulBasis: consent, transfers: [{ to: US }, { to: EU, mechanism: adequacy }] }' },
    [['overclaim', '/processing/transfers/0/mechanism', 'overclaim-transfers', 'warning']]],
  ['"no international transfers" while transfers are declared', {
    processing: "processing: { lawfulBasis: consent, transfers: [{ to: US, mechanism: SCCs }], claims: ['There are no international transfers'] }",
  }, [['overclaim', '/processing/claims/0', 'overclaim-transfers', 'warning']]],
  ['ccpa-deidentified without commitment or flow-down', { processing: 'processing: { lawfulBasis: consent, identifiability: ccpa-deidentified }' },
    [['overclaim', '/processing/identifiability', 'overclaim-deidentified', 'warning']]],
  ['ccpa-deidentified with both statements', {
    processing: "processing: { lawfulBasis: consent, identifiability: ccpa-deidentified, claims: ['We publicly commit not to re-identify the data', 'Recipients are bound by contract to the same'] }",
  }, []],
  // free-text-unguarded
  ['free-text string field', { fields: fieldsWith('  note: { type: string }') },
    [['free-text-unguarded', '/fields/note', 'free-text-unguarded', 'warning']]],
  ['free-text array items and nullable string', { fields: fieldsWith('  tags: { type: array, items: { type: string } }', "  os: { type: [string, 'null'] }") }, [
    ['free-text-unguarded', '/fields/tags/items', 'free-text-unguarded', 'warning'],
    ['free-text-unguarded', '/fields/os', 'free-text-unguarded', 'warning'],
  ]],
  ['guarded strings', { fields: fieldsWith('  os: { type: string, maxLength: 16 }', '  at: { type: string, format: date-time }', '  k: { type: string, const: x }') }, []],
];

describe('lintPolicy', () => {
  it.each(cases)('%s', (_name, changes, want) => {
    expect(lint(changes)).toEqual(want);
  });

  it('gives each finding the file, the line of its pointer, a rule and the policy regimes only', () => {
    const text = policyYaml({
      regulations: 'regulations: [gdpr, nigeria]',
      fields: fieldsWith('  ok: { type: integer }', '  user_id: { type: integer }', ID, '  note: { type: string }'),
      retention: null,
    });
    const findings = lintPolicy(loadYaml(text, 'p.yaml'));
    expect(findings.map((f) => [f.code, f.line, f.field ?? null])).toEqual([
      ['retention-missing', 1, null],
      ['policy-conflict', 8, 'user_id'],
      ['free-text-unguarded', 10, 'note'],
    ]);
    for (const f of findings) {
      expect(f.input).toBe('p.yaml');
      expect(f.regulations.length).toBeGreaterThan(0);
      expect(f.regulations.every((r) => r.regime === 'gdpr' || r.regime === 'nigeria')).toBe(true);
    }
  });

  it('every rule raises a lint-stage code', () => {
    for (const rule of LINT_RULES) expect(CODES[rule.code].stage, rule.name).toBe('lint');
    expect(new Set(LINT_RULES.map((r) => r.name)).size).toBe(LINT_RULES.length);
  });

  it('returns findings in compareFindings order', () => {
    const findings = lintPolicy(loadYaml(policyYaml({
      title: 'title: Anonymous telemetry', retention: null, consent: null,
      fields: fieldsWith('  b: { type: string }', '  a: { type: string }', ID),
    })));
    expect(findings.map((f) => `${f.line} ${f.rule}`)).toEqual([
      '1 consent-default-on',
      '1 retention-missing',
      '2 overclaim-anonymous-ids',
      '7 free-text-unguarded',
      '8 free-text-unguarded',
    ]);
    expect([...findings].sort(compareFindings)).toEqual(findings);
  });
});
