import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../../../src/lint/index.js';
import { loadYaml, policyYaml } from './_policy.js';

describe('lintPolicy on hostile policies', () => {
  it('bounds the ReDoS analysis of many heavy patterns with one allowance per policy', () => {
    const heavy = `'${'.*'.repeat(150)}x'`;
    const patterns = Array.from({ length: 40 }, (_, i) => `    - { name: p${i}, pattern: ${heavy} }`);
    const text = policyYaml({ prohibited: ['prohibited:', '  fields: [user_id, ip]', '  patterns:', ...patterns].join('\n') });
    const started = performance.now();
    const findings = lintPolicy(loadYaml(text));
    const elapsed = performance.now() - started;
    expect(findings.filter((f) => f.code === 'redos-pattern')).toHaveLength(40);
    expect(findings.every((f) => f.code !== 'redos-pattern' || f.severity === 'warning')).toBe(true);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('survives fields nested deeper than it follows', () => {
    let fields = '{ type: string }';
    for (let i = 0; i < 60; i++) fields = `{ type: object, fields: { n: ${fields} } }`;
    const findings = lintPolicy(loadYaml(policyYaml({ fields: `fields:\n  root: ${fields}` })));
    expect(findings.map((f) => f.code)).toEqual([]);
  });
});
