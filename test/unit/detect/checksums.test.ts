import { describe, expect, it } from 'vitest';
import { base62, crc32, githubTokenValid, ibanValid, luhnValid, ssnValid } from '../../../src/detect/checksums.js';

describe('checksums', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['79927398713', true],
    ['', false],
    ['12a4', false],
  ])('luhnValid(%j) is %s', (digits, ok) => {
    expect(luhnValid(digits)).toBe(ok);
  });

  it.each([
    ['DE89 3704 0044 0532 0130 00', true],
    ['GB82WEST12345698765432', true],
    ['NO9386011117947', true],
    ['DE89370400440532013001', false],
    ['DE893704004405320130', false],
    ['ZZ89370400440532013000', false],
  ])('ibanValid(%j) is %s', (iban, ok) => {
    expect(ibanValid(iban)).toBe(ok);
  });

  it.each([
    ['123456789', true],
    ['000123456', false],
    ['666123456', false],
    ['900123456', false],
    ['123003456', false],
    ['123450000', false],
    ['111111111', false],
    ['12345678', false],
  ])('ssnValid(%j) is %s', (nine, ok) => {
    expect(ssnValid(nine)).toBe(ok);
  });

  it('computes the IEEE CRC-32 and base62 of GitHub tokens', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(base62(0)).toBe('000000');
    expect(base62(61)).toBe('00000z');
    const entropy = 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ';
    expect(githubTokenValid(`ghp_${entropy}${base62(crc32(entropy))}`)).toBe(true);
    expect(githubTokenValid(`ghp_${entropy}000000`)).toBe(false);
    expect(githubTokenValid('ghx_zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ0mLq17')).toBe(false);
  });
});
