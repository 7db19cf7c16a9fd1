import { describe, expect, it } from 'vitest';
import { nowIso } from '../../../src/serve/ingest.js';

describe('nowIso: ISO text of a time, the seconds part cached', () => {
  it('equals toISOString for times within, across and outside a cached second', () => {
    const times = [
      0, 1, 9, 10, 99, 100, 999, 1000, 1_700_000_000_000, 1_700_000_000_005, 1_700_000_000_050, 1_700_000_000_999,
      1_700_000_001_000, 1_700_000_000_500, -1, -999, -1000, 253_402_300_799_999, 253_402_300_800_000, -62_198_755_200_001,
    ];
    for (const ms of times) expect(nowIso(ms)).toBe(new Date(ms).toISOString());
    for (let i = 0; i < 2_500; i += 7) expect(nowIso(1_700_000_000_000 + i)).toBe(new Date(1_700_000_000_000 + i).toISOString());
  });

  it('reads the clock when no time is given', () => {
    const before = Date.now();
    const text = nowIso();
    const after = Date.now();
    const ms = Date.parse(text);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after);
  });
});
