import { describe, expect, it } from 'vitest';
import { buildComplianceReport, regimesOf, renderComplianceReport } from '../../../src/compliance/index.js';
import type { Regime } from '../../../src/findings/regulations.js';
import { seedPolicy, yamlPolicy } from './_fixtures.js';

const AT = '2025-12-01T00:00:00.000Z';

describe('over-claims listed for the seed policies (from lintPolicy)', () => {
  it.each([
    ['automagik', [
      'overclaim-anonymous-ids /description', 'overclaim-anonymous-ids /processing/identifiability',
      'overclaim-anonymous-ids /processing/claims/0', 'overclaim-anonymous-ids /processing/claims/3',
      'overclaim-anonymous-ids /processing/claims/4', 'overclaim-anonymous-ids /processing/claims/6',
      'overclaim-anonymous-ids /processing/claims/7', 'overclaim-env-consent /consent/enable',
      'overclaim-aggregate-anonymous /aggregation/minCount',
    ]],
    ['common-fate', [
      'overclaim-anonymous-ids /processing/identifiability', 'overclaim-anonymous-ids /processing/claims/0',
      'overclaim-anonymous-ids /processing/claims/1', 'overclaim-no-ip /processing/claims/2',
      'overclaim-anonymous-ids /processing/claims/3',
    ]],
    ['sahasrahbot', [
      'overclaim-anonymous-ids /title', 'overclaim-anonymous-ids /processing/identifiability',
      'overclaim-anonymous-ids /processing/claims/0', 'overclaim-anonymous-ids /processing/claims/3',
      'overclaim-anonymous-ids /processing/claims/5',
    ]],
    ['webwaka-sharing', [
      'overclaim-anonymous-ids /processing/identifiability', 'overclaim-anonymous-ids /processing/claims/0',
      'overclaim-anonymous-ids /processing/claims/1', 'overclaim-rotation-unlinkable /processing/claims/3',
      'overclaim-anonymous-ids /processing/claims/5', 'overclaim-ndpr /processing/claims/8',
      'overclaim-deletion-unlinkable /retention/optOutDeletionDays', 'overclaim-aggregate-anonymous /aggregation/minCount',
    ]],
    ['wiretuner', ['overclaim-anonymous-ids /processing/identifiability', 'overclaim-anonymous-ids /processing/claims/0']],
  ])('%s', async (id, expected) => {
    const report = buildComplianceReport({ loaded: await seedPolicy(id), regime: 'gdpr', evidence: null, generatedAt: AT });
    expect(report.overclaims.map((o) => `${o.rule} ${o.pointer}`)).toEqual(expected);
  });

  it('flags DO_NOT_TRACK treated as consent (consent basis, on by default)', () => {
    const loaded = yamlPolicy([
      'policy: dnt',
      'processing: { lawfulBasis: consent, claims: ["Honouring DO_NOT_TRACK satisfies consent."] }',
      'fields: { event: { enum: [start] } }',
      'consent: { default: on, optOut: { doNotTrack: true } }',
      '',
    ].join('\n'));
    const report = buildComplianceReport({ loaded, regime: 'gdpr', evidence: null, generatedAt: AT });
    expect(report.overclaims.map((o) => `${o.rule} ${o.pointer}`)).toEqual([
      'overclaim-opt-out-consent /processing/claims/0',
      'overclaim-opt-out-consent /processing/lawfulBasis',
    ]);
  });
});

describe('regimes', () => {
  it.each<[string, Regime[]]>([
    ['regulations: [nigeria, gdpr]', ['gdpr', 'nigeria']],
    ['regulations: [ccpa]', ['ccpa']],
    ['', ['gdpr', 'ccpa', 'nigeria']],
  ])('regimesOf with "%s"', (line, expected) => {
    expect(regimesOf(yamlPolicy(`policy: p\n${line}\nfields: { a: { type: integer } }\n`).policy)).toEqual(expected);
  });

  it.each<[Regime, string]>([
    ['gdpr', 'GDPR (+ ePrivacy Directive Art. 5(3))'],
    ['ccpa', 'CCPA / CPRA (+ 11 CCR § 7000 ff.)'],
    ['nigeria', 'NDPA 2023 / GAID 2025'],
  ])('%s heading', async (regime, heading) => {
    const report = buildComplianceReport({ loaded: await seedPolicy('webwaka-sharing'), regime, evidence: null, generatedAt: AT });
    expect(report.heading).toBe(heading);
  });
});

describe('Nigeria: NDPA 2023 / GAID 2025, NDPR only as legacy cross-reference', async () => {
  const report = buildComplianceReport({ loaded: await seedPolicy('webwaka-sharing'), regime: 'nigeria', evidence: null, generatedAt: AT });

  it('keeps NDPR numbers out of the operative provisions and in the legacy column', () => {
    const byId = new Map(report.controls.map((c) => [c.id, c]));
    expect(report.controls.flatMap((c) => c.provisions).some((p) => p.cite.includes('NDPR'))).toBe(false);
    expect(byId.get('allow-list')?.provisions.map((p) => `${p.cite} [${p.confidence}]`)).toEqual(['NDPA s.24(1)(b) [S]', 'NDPA s.24(1)(c) [S]']);
    expect(byId.get('allow-list')?.legacy.map((p) => p.cite)).toEqual(['NDPR 2.1(1)(a)–(b)']);
    expect(byId.get('records-dpia')?.provisions.map((p) => p.cite)).toEqual(['NDPA s.28', 'GAID 2025 Art. 7']);
  });

  it.each(['html', 'markdown'] as const)('%s is headed NDPA 2023 / GAID 2025 and has the legacy column', (format) => {
    const text = renderComplianceReport(report, format);
    expect(text).toContain('NDPA 2023 / GAID 2025');
    expect(text).toContain('Legacy cross-reference (NDPR 2019, pre-19 Sep 2025 audits only)');
  });

  it('GDPR and CCPA reports carry no legacy column and no NDPA citation', async () => {
    for (const regime of ['gdpr', 'ccpa'] as const) {
      const other = buildComplianceReport({ loaded: await seedPolicy('webwaka-sharing'), regime, evidence: null, generatedAt: AT });
      expect(other.controls.every((c) => c.legacy.length === 0)).toBe(true);
      expect(renderComplianceReport(other, 'markdown')).not.toContain('Legacy cross-reference');
      expect(other.controls.flatMap((c) => c.provisions).some((p) => p.cite.startsWith('NDPA'))).toBe(false);
    }
  });
});

describe('CCPA wording (§4.10) and controls that exceed it', async () => {
  const automagik = buildComplianceReport({ loaded: await seedPolicy('automagik'), regime: 'ccpa', evidence: null, generatedAt: AT });

  it('says "risk assessment not triggered", never "compliant", in its own text', () => {
    const screening = automagik.applicability.find((f) => f.label === 'Screening result')?.value ?? '';
    expect(screening.startsWith('Risk assessment not triggered (§ 7150(b)) on the declared processing.')).toBe(true);
    const own = JSON.stringify({ ...automagik, overclaims: [], weaknesses: [], notExpressed: [], description: [] });
    expect(own).not.toMatch(/\bcompliant\b/i);
  });

  it('is triggered when the policy sells or shares', () => {
    const loaded = yamlPolicy('policy: sold\nprocessing: { sellOrShare: true }\nfields: { a: { type: integer } }\n');
    const report = buildComplianceReport({ loaded, regime: 'ccpa', evidence: null, generatedAt: AT });
    expect(report.applicability.find((f) => f.label === 'Screening result')?.value).toBe(
      'Risk assessment triggered (§ 7150(b)): the policy says telemetry is sold or shared.',
    );
  });

  it('lists the controls that exceed the CCPA', () => {
    expect(automagik.exceeds.map((e) => e.control)).toEqual(['deletion-after-opt-out', 'opt-in-default', 'ci-dev-disable', 'dnt-signal']);
    expect(automagik.controls.find((c) => c.id === 'opt-in-default')?.exceeds).toBe('CCPA is an opt-out regime: opt-in exceeds what it generally requires.');
  });

  it('GDPR has no exceeds entries', async () => {
    const gdpr = buildComplianceReport({ loaded: await seedPolicy('automagik'), regime: 'gdpr', evidence: null, generatedAt: AT });
    expect(gdpr.exceeds).toEqual([]);
  });
});

describe('report model', async () => {
  const report = buildComplianceReport({ loaded: await seedPolicy('sahasrahbot'), regime: 'gdpr', evidence: null, generatedAt: AT });

  it('has every section in order, the banner and the confidence legend', () => {
    expect(report.sections.map((s) => s.id)).toEqual([
      'applicability', 'description', 'inventory', 'lawful-basis', 'necessity', 'controls',
      'risks', 'overclaims', 'exceeds', 'confidence', 'evidence', 'sign-off',
    ]);
    expect(report.banner.startsWith('Requires review by counsel / the DPO.')).toBe(true);
    expect(report.confidence.legend).toContain('[T] checked against the text');
    expect(report.confidence.counts.T + report.confidence.counts.S + report.confidence.counts.M).toBe(
      report.controls.reduce((n, c) => n + c.provisions.length + c.legacy.length, 0),
    );
    expect(report.policy.namesRegime).toBe(true);
    expect(report.generatedAt).toBe(AT);
  });

  it('records that a policy does not name the regime', async () => {
    const other = buildComplianceReport({ loaded: await seedPolicy('sahasrahbot'), regime: 'nigeria', evidence: null, generatedAt: AT });
    expect(other.policy.namesRegime).toBe(false);
  });

  it('inventories nested fields with pseudonymisation and retention', async () => {
    const ww = buildComplianceReport({ loaded: await seedPolicy('webwaka-sharing'), regime: 'gdpr', evidence: null, generatedAt: AT });
    expect(ww.inventory.fields.find((f) => f.field === 'traces.dependency_graph[].caller_hash')).toEqual({
      field: 'traces.dependency_graph[].caller_hash',
      type: 'string',
      purpose: 'not stated',
      pseudonymisation: 'salted SHA-256; key not named, held by the client; rotation daily; of service name',
      identifiability: 'pseudonymised (still personal)',
      retention: 'event detail 90 d; aggregates 90 d',
      required: true,
    });
  });

  it('never prints a key or secret name, only that one is named', () => {
    const loaded = yamlPolicy([
      'policy: keyed',
      'fields:',
      '  uid: { type: string, pseudonym: { method: hmac-sha256, key: { env: SECRET_ENV_NAME_X1, secret: vault-entry-name-x2, heldBy: server } } }',
      '',
    ].join('\n'));
    const r = buildComplianceReport({ loaded, regime: 'gdpr', evidence: null, generatedAt: AT });
    expect(r.inventory.fields[0]?.pseudonymisation).toBe('HMAC-SHA256 (keyed hash); a key is named in the policy, held by the server');
    for (const format of ['html', 'markdown', 'json'] as const) {
      const text = renderComplianceReport(r, format);
      expect(text).not.toContain('SECRET_ENV_NAME_X1');
      expect(text).not.toContain('vault-entry-name-x2');
    }
  });
});
