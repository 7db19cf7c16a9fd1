import fc from 'fast-check';
import { it } from 'vitest';
import { compilePolicy } from '../../../src/compile/compile.js';
import { conformingRecord, mutationClasses } from '../../../src/compile/to-arbitrary.js';
import { encodeEnvelope } from '../../../src/envelope/encode.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { checkPayload } from '../../../src/validate/validate.js';
import { readdirSync } from 'node:fs';

const files = ['fixtures/e2e/demo.policy.yaml', ...readdirSync('policies').filter((f) => f.endsWith('.policy.yaml')).map((f) => `policies/${f}`)];

it('scratch', async () => {
  for (const file of files) {
    const compiled = compilePolicy(await loadPolicy(file));
    const format = compiled.policy.format === 'auto' || compiled.policy.format === undefined ? 'json' : compiled.policy.format;
    let t0 = performance.now();
    const arb = conformingRecord(compiled.policy);
    const tBuild = performance.now() - t0; t0 = performance.now();
    const recs = fc.sample(arb, { numRuns: 200, seed: 1 });
    const tGen = performance.now() - t0; t0 = performance.now();
    for (const r of recs) checkPayload(compiled, encodeEnvelope([r], format), { input: 'x' });
    const tVal = performance.now() - t0; t0 = performance.now();
    const classes = mutationClasses(compiled.policy);
    const tClasses = performance.now() - t0; t0 = performance.now();
    console.log(file, `build ${tBuild.toFixed(0)} gen200 ${tGen.toFixed(0)} val200 ${tVal.toFixed(0)} classes ${tClasses.toFixed(0)} size ${JSON.stringify(recs[5]).length}`);
  }
}, 120000);
