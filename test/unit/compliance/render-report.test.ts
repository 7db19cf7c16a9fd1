import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildComplianceReport, checkEvidence, generatedAtFor, renderComplianceReport, type ComplianceFormat } from '../../../src/compliance/index.js';
import type { Evidence } from '../../../src/evidence/types.js';
import type { Regime } from '../../../src/findings/regulations.js';
import { CANARIES, leakyEvidence, seedPolicy, yamlPolicy } from './_fixtures.js';

const FORMATS: readonly ComplianceFormat[] = ['html', 'markdown', 'json'];
const REGIMES: readonly Regime[] = ['gdpr', 'ccpa', 'nigeria'];

describe('determinism', () => {
  it.each(FORMATS)('%s: same inputs and SOURCE_DATE_EPOCH give byte-identical output', async (format) => {
    const render = async (): Promise<string> => {
      const evidence = leakyEvidence();
      const generatedAt = generatedAtFor({ SOURCE_DATE_EPOCH: '1764547200' }, evidence);
      const report = buildComplianceReport({ loaded: await seedPolicy('webwaka-sharing'), regime: 'nigeria', evidence, generatedAt });
      return renderComplianceReport(report, format);
    };
    const [a, b] = [await render(), await render()];
    expect(a).toBe(b);
    expect(a).toContain('2025-12-01T00:00:00.000Z');
  });

  it.each([
    [{ SOURCE_DATE_EPOCH: '0' }, true, '1970-01-01T00:00:00.000Z'],
    [{ SOURCE_DATE_EPOCH: '1764547200' }, true, '2025-12-01T00:00:00.000Z'],
    [{}, true, '2025-11-20T10:00:05.000Z'], // the evidence's run.endedAt
    [{ SOURCE_DATE_EPOCH: '' }, false, '2030-01-02T03:04:05.000Z'], // now
  ] as const)('generatedAtFor(%j, evidence=%s) → %s', (env, withEvidence, expected) => {
    expect(generatedAtFor(env, withEvidence ? leakyEvidence() : null, () => new Date('2030-01-02T03:04:05Z'))).toBe(expected);
  });

  it('refuses a malformed SOURCE_DATE_EPOCH', () => {
    expect(() => generatedAtFor({ SOURCE_DATE_EPOCH: '12abc' }, null)).toThrow('SOURCE_DATE_EPOCH must be whole seconds since 1970');
  });
});

describe('no raw values', () => {
  it.each(REGIMES.flatMap((r) => FORMATS.map((f) => [r, f] as const)))('%s %s carries only masked evidence', async (regime, format) => {
    const report = buildComplianceReport({ loaded: await seedPolicy('webwaka-sharing'), regime, evidence: leakyEvidence(), generatedAt: 'T' });
    const text = renderComplianceReport(report, format);
    for (const canary of CANARIES) expect(text).not.toContain(canary);
    expect(text).toContain('j***@e***.org');
  });

  it('masks again evidence that a broken producer stored raw', async () => {
    const raw = leakyEvidence() as unknown as { steps: { findings: { evidence?: string }[] }[] };
    const first = raw.steps[0]?.findings[0];
    if (first) first.evidence = CANARIES[0];
    const evidence = checkEvidence(raw, 'tampered') as Evidence;
    const report = buildComplianceReport({ loaded: await seedPolicy('webwaka-sharing'), regime: 'gdpr', evidence, generatedAt: 'T' });
    for (const format of FORMATS) expect(renderComplianceReport(report, format)).not.toContain(CANARIES[0]);
    expect(report.controls.find((c) => c.id === 'prohibited-data')?.findings[0]?.evidence).toBe('j***g(23)');
  });
});

describe('rendering', async () => {
  const hostile = yamlPolicy([
    'policy: hostile',
    'title: "<script>alert(1)</script> | **bold** [link](http://evil.example)"',
    'processing: { purpose: "<img src=x onerror=alert(1)>", claims: ["</td></table><h1>owned"] }',
    'fields: { "a<b>": { type: string, description: "x | y `z`" } }',
    '',
  ].join('\n'));
  const report = buildComplianceReport({ loaded: hostile, regime: 'gdpr', evidence: null, generatedAt: 'T' });

  it('escapes everything in HTML and loads nothing from outside', () => {
    const html = renderComplianceReport(report, 'html');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<h1>owned');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/<link\b|@import|url\(/);
    expect(html).toContain('@media print');
  });

  it('escapes Markdown (no raw HTML, no table breaks)', () => {
    const md = renderComplianceReport(report, 'markdown');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('x \\| y \\`z\\`');
  });

  it.each(['html', 'markdown'] as const)('%s has every section heading, numbered, in order', async (format) => {
    const r = buildComplianceReport({ loaded: await seedPolicy('automagik'), regime: 'gdpr', evidence: null, generatedAt: 'T' });
    const text = renderComplianceReport(r, format);
    const positions = r.sections.map((s, i) => text.indexOf(format === 'html' ? `<h2>${i + 1}. ${s.title}</h2>` : `## ${i + 1}. ${s.title}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Requires review by counsel / the DPO.');
    expect(text).toContain(format === 'html' ? '[T] checked against the text' : '\\[T\\] checked against the text');
  });

  it('json is the report model', () => {
    expect(JSON.parse(renderComplianceReport(report, 'json'))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

const OWN_TAGS = new Set('!DOCTYPE html head meta title style body header h1 h2 h3 p div nav ol ul li a main section table thead tbody tr th td code strong br span em svg rect text footer'.split(' '));

describe('escaping property', () => {
  it('no policy text can open a tag in HTML or Markdown', () => {
    const text = fc.string({ maxLength: 60, unit: fc.constantFrom('<', '>', '&', '"', "'", '|', '`', 'a', 's', 'c', 'r', 'i', 'p', 't', ' ', '\n', '/') });
    fc.assert(
      fc.property(text, text, (title, purpose) => {
        const loaded = yamlPolicy(`policy: p\ntitle: ${JSON.stringify(title)}\nprocessing: { purpose: ${JSON.stringify(purpose)} }\nfields: { a: { type: integer } }\n`);
        const report = buildComplianceReport({ loaded, regime: 'gdpr', evidence: null, generatedAt: 'T' });
        const html = renderComplianceReport(report, 'html');
        const md = renderComplianceReport(report, 'markdown');
        const tags = new Set((html.match(/<\/?[a-zA-Z!][a-zA-Z0-9-]*/g) ?? []).map((t) => t.replace(/^<\/?/, '')));
        expect([...tags].filter((t) => !OWN_TAGS.has(t))).toEqual([]);
        expect(md.replace(/<br>/g, '')).not.toMatch(/<[a-z/!]/i);
      }),
      { numRuns: 60 },
    );
  });
});
