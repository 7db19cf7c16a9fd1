import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES, FINDING_CODES } from '../../../src/findings/codes.js';
import { renderCodesDoc } from '../../../src/report/render-codes-doc.js';

// docs/codes.md is generated. To regenerate after changing the catalogue or the regulation map:
//   UPDATE_DOCS=1 npx vitest run test/unit/report/codes-doc.test.ts
const DOC = new URL('../../../docs/codes.md', import.meta.url);

describe('docs/codes.md', () => {
  it('is what renderCodesDoc() produces (run with UPDATE_DOCS=1 to regenerate)', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, renderCodesDoc());
    expect(readFileSync(DOC, 'utf8')).toBe(renderCodesDoc());
  });

  it('has a section for every code in the catalogue, with its severity and stage', () => {
    const doc = renderCodesDoc();
    for (const code of FINDING_CODES) {
      expect(doc).toContain(`\n## ${code}\n\n**Severity:** ${CODES[code].severity} · **Stage:** ${CODES[code].stage} · **Title:** ${CODES[code].title}\n`);
    }
    expect(doc.match(/^## /gm)).toHaveLength(FINDING_CODES.length);
  });

  it('lists provisions per regime with confidence marks, legacy cross-references and what exceeds the law', () => {
    const doc = renderCodesDoc();
    const section = doc.slice(doc.indexOf('\n## prohibited-field\n'), doc.indexOf('\n## not-pseudonymised\n'));
    expect(section).toContain('- `prohibited-data`: Prohibited fields and PII deny-list');
    expect(section).toContain('- **GDPR:** Art. 5(1)(c) [T], Art. 4(1) [T], Recital 30 [T], Art. 25(1) [T], Art. 9(1) [M]');
    expect(section).toContain('NDPR 1.3 [T, legacy]');
    expect(doc.slice(doc.indexOf('\n## egress-without-consent\n'))).toContain('- **CCPA** (`opt-in-default`): CCPA is an opt-out regime');
  });
});
