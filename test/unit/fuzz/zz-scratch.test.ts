import fc from 'fast-check';
import { it } from 'vitest';
import { compilePolicy } from '../../../src/compile/compile.js';
import { conformingRecord, mutationClasses } from '../../../src/compile/to-arbitrary.js';
import { encodeEnvelope } from '../../../src/envelope/encode.js';
import { loadPolicy } from '../../../src/policy/load.js';
import { checkPayload } from '../../../src/validate/validate.js';
import { readdirSync } from 'node:fs';

const files = ['fixtures/e2e/demo.policy.yaml', ...readdirSync('policies').filter((f) => f.endsWith('.policy.yaml')).map((f) => `policies/${f}`)];
const N = Number(process.env.N ?? 200);
it('scratch', async () => {
  for (const file of files) {
    const compiled = compilePolicy(await loadPolicy(file));
    const format = compiled.policy.format === 'auto' || compiled.policy.format === undefined ? 'json' : compiled.policy.format;
    const t0 = performance.now();
    const recs = fc.sample(conformingRecord(compiled.policy), { numRuns: N, seed: 1 });
    let bad = 0;
    for (const r of recs) {
      const f = checkPayload(compiled, encodeEnvelope([r], format), { input: 'x' }).findings;
      if (f.length > 0 && bad++ < 3) console.log(file, 'CONFORMING', JSON.stringify(r).slice(0, 300), f.map((x) => `${x.code} ${x.pointer} ${x.entity ?? ''} ${x.message}`));
    }
    const classes = mutationClasses(compiled.policy);
    const lines: string[] = [];
    for (const c of classes) {
      const ms = fc.sample(c.arbitrary, { numRuns: N / 2, seed: 2 });
      let wrong = 0;
      for (const m of ms) {
        const f = checkPayload(compiled, encodeEnvelope([m.record], format), { input: 'x' }).findings;
        const codes = [...new Set(f.map((x) => x.code))].sort();
        if (codes.length !== 1 || codes[0] !== m.oracle) {
          if (wrong++ < 3) lines.push(`  ${c.name} WRONG ${m.mutation} -> ${codes.join(',')} ${f.map((x) => x.pointer + ' ' + (x.entity ?? '') + ' ' + x.message).join(' | ')}`);
        }
      }
      lines.push(`  ${c.name}: ${ms.length - wrong}/${ms.length}`);
    }
    console.log(file, format, `conforming bad ${bad}/${N}`, `${(performance.now() - t0).toFixed(0)}ms`, '\n' + lines.join('\n'));
  }
}, 300000);
