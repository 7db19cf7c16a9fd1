import { describe, expect, it } from 'vitest';
import { generateCorpus, renderScoreTable, scoreCorpus } from '../../../src/corpus/index.js';
import type { CorpusScore } from '../../../src/corpus/index.js';

const SEED = Number(process.env.CORPUS_SEED ?? 20240501);
const RECORDS = 1500;

/** Floors the detector must hold on its own corpus (issue 3, "Done when"). */
function failures(score: CorpusScore): string[] {
  const out: string[] = [];
  if (score.typed.f1 < 0.95) out.push(`typed F1 ${score.typed.f1.toFixed(3)} < 0.95`);
  for (const [entity, r] of Object.entries(score.perEntity)) if (r.f1 < 0.85) out.push(`${entity} F1 ${r.f1.toFixed(3)} < 0.85`);
  if (score.piiFreeFlaggedShare > 0.03) out.push(`PII-free records flagged ${(score.piiFreeFlaggedShare * 100).toFixed(2)} % > 3 %`);
  return out;
}

describe('detector accuracy on the labelled corpus', () => {
  it(`holds the floors on ${RECORDS} records`, () => {
    const score = scoreCorpus(generateCorpus({ seed: SEED, records: RECORDS }));
    const failed = failures(score);
    const report = `${failed.join('; ')}\nseed ${SEED} (replay: CORPUS_SEED=${SEED} npx vitest run test/unit/corpus/score.test.ts)\n${renderScoreTable(score)}`;
    expect(failed, report).toEqual([]);
  });

  it('scores field level: typed needs pointer and entity, untyped the pointer only', () => {
    const items = [{ id: 0, format: 'json' as const, payload: { a: 'jane@example.com', b: '81.2.69.142', c: 'ok' }, records: [{ pointer: '', piiFree: false }], labels: [{ recordIndex: 0, pointer: '/a', entity: 'EMAIL' as const }, { recordIndex: 0, pointer: '/b', entity: 'PHONE' as const }], disguises: [] }];
    const score = scoreCorpus(items);
    expect([score.typed.tp, score.typed.fp, score.typed.fn]).toEqual([1, 1, 1]);
    expect([score.untyped.tp, score.untyped.fp, score.untyped.fn]).toEqual([2, 0, 0]);
    expect(score.perEntity.EMAIL?.f1).toBe(1);
  });

  it('counts a PII-free record as flagged when anything is detected inside it', () => {
    const items = [{ id: 0, format: 'posthog' as const, payload: { batch: [{ note: 'jane@example.com' }, { note: 'ok' }] }, records: [{ pointer: '/batch/0', piiFree: true }, { pointer: '/batch/1', piiFree: true }], labels: [], disguises: [] }];
    const score = scoreCorpus(items);
    expect([score.piiFreeFlagged, score.piiFreeRecords, score.piiFreeFlaggedShare]).toEqual([1, 2, 0.5]);
  });
});
