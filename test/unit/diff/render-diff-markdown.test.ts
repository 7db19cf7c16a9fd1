import { describe, expect, it } from 'vitest';
import { diffFindings, diffPolicies, MAX_DIFF_ROWS, renderDiffMarkdown } from '../../../src/diff/index.js';
import { BASE_TEXT, edit, load } from './_policies.js';

const base = load(BASE_TEXT, 'base.policy.yaml');
const labels = { base: 'main:policies/x.policy.yaml', head: 'policies/x.policy.yaml' };

describe('renderDiffMarkdown', () => {
  it('says when nothing changes', () => {
    expect(renderDiffMarkdown([], labels)).toBe(
      '## telemetry-gate diff: ✅ no change to collection\n\n**Base** `main:policies/x.policy.yaml` · **Head** `policies/x.policy.yaml` · **DPIA review:** no\n',
    );
  });

  it('tables expanding changes first, with provisions per regime and DPIA review', () => {
    const head = load(edit(['  legacy_flag: { type: boolean }\n', '  email: { type: string }\n'], ['regulations: [gdpr, ccpa, nigeria]', 'regulations: [gdpr]']));
    const md = renderDiffMarkdown(diffPolicies(base, head), labels);
    const lines = md.split('\n');
    expect(lines[0]).toBe('## telemetry-gate diff: ❌ collection expands (1 change)');
    expect(lines[2]).toBe('**Base** `main:policies/x.policy.yaml` · **Head** `policies/x.policy.yaml` · **DPIA review:** yes · **To review:** 1');
    expect(lines[4]).toBe('| Direction | Change | Where | Code | GDPR | DPIA review |');
    expect(lines[6]).toMatch(/^\| 🔺 expands \| New field "email" \(personal data: EMAIL-like name\): collection expands\. \| `head\.policy\.yaml`:13 `\/fields\/email` \| `collection-field-added` \| Art\. 5\(1\)\(b\) \\\[T\\\], Art\. 5\(1\)\(c\) \\\[T\\\], .*Art\. 35 \\\[T\\\] \| yes \|$/);
    expect(md).toContain('🔻 reduces | Field "legacy\\_flag" is removed');
    expect(md).toContain('requires review by counsel / DPO');
  });

  it('caps the table for a PR comment', () => {
    const many = Array.from({ length: MAX_DIFF_ROWS + 5 }, (_, i) => `  f${i}: { type: boolean }\n`).join('');
    const changes = diffPolicies(base, load(edit(['  legacy_flag: { type: boolean }\n', `  legacy_flag: { type: boolean }\n${many}`])));
    const md = renderDiffMarkdown(changes, labels);
    expect(md.match(/^\| 🔺/gm)).toHaveLength(MAX_DIFF_ROWS);
    expect(md).toContain('…and 5 more changes: see the JSON report.');
  });
});

describe('diffFindings', () => {
  it('makes findings of expanding and review changes only, pointing into the head policy', () => {
    const head = load(edit(['detailDays: 30,', 'detailDays: 365,'], ['  legacy_flag: { type: boolean }\n', ''], ['purpose: Count feature use', 'purpose: Other']));
    expect(diffFindings(diffPolicies(base, head), 'policies/x.policy.yaml').map((f) => `${f.code} ${f.severity} ${f.input}:${f.line} ${f.pointer}`)).toEqual([
      'policy-changed info policies/x.policy.yaml:4 /processing/purpose',
      'retention-lengthened error policies/x.policy.yaml:19 /retention/detailDays',
    ]);
  });
});
