import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../../src/compile/compile.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { samplePayloads } from '../../../src/serve/sample-payloads.js';
import { checkPayload } from '../../../src/validate/validate.js';

const POLICIES = ['fixtures/e2e/demo.policy.yaml', ...readdirSync('policies').filter((f) => f.endsWith('.policy.yaml')).map((f) => `policies/${f}`)];

describe('samplePayloads', () => {
  it.each(POLICIES)('%s: a full pool of conforming payloads, the same for the same seed', async (file) => {
    const compiled = compilePolicy(await loadPolicy(file));
    const pool = samplePayloads(compiled, { seed: 7, count: 16 });
    expect(pool).toHaveLength(16);
    for (const payload of pool) {
      const errors = checkPayload(compiled, payload, { input: 'sample' }).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.code} ${f.pointer}`)).toEqual([]);
    }
    expect(samplePayloads(compiled, { seed: 7, count: 16 })).toEqual(pool);
    expect(new Set(pool.map((p) => JSON.stringify(p))).size).toBeGreaterThan(1);
  });
});
