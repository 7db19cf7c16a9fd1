import { describe, expect, it } from 'vitest';
import { detect, detectString } from '../../../src/detect/index.js';

/**
 * Every pattern family is linear or bounded: a 100k-character input crafted against it (long runs
 * of the characters it consumes, near-misses repeated) is scanned in well under a second.
 */
const N = 100_000;
const cases: Array<[string, string, string?]> = [
  ['email', 'a.'.repeat(N / 2) + '@'.repeat(10) + 'b-'.repeat(1000)],
  ['email local parts', 'a@b@'.repeat(N / 4)],
  ['obfuscated email', 'jane [at] '.repeat(N / 10)],
  ['phone', '1 '.repeat(N / 2)],
  ['phone with parens', '(1)-'.repeat(N / 4)],
  ['card', '4111 '.repeat(N / 5)],
  ['iban', `DE89${'A'.repeat(N)}`],
  ['iban spaced', `DE89${' ABCD'.repeat(N / 5)}`],
  ['ssn', '123-45-'.repeat(N / 7)],
  ['ipv4', '1.'.repeat(N / 2)],
  ['ipv6', ':'.repeat(N)],
  ['ipv6 groups', 'ab:'.repeat(N / 3)],
  ['mac', 'aa:'.repeat(N / 3)],
  ['jwt', `eyJ${'a'.repeat(N)}`],
  ['jwt dots', 'eyJaaaaaaaaaaaa.'.repeat(N / 16)],
  ['secrets', 'sk_live_'.repeat(N / 8)],
  ['secrets tokens', 'xoxb-'.repeat(N / 5)],
  ['cued secret', 'key '.repeat(N / 4)],
  ['base64', 'QUJD'.repeat(N / 4)],
  ['embedded base64', `x ${'QUJDRA'.repeat(N / 6)}`],
  ['percent', '%'.repeat(N)],
  ['percent runs', '%41'.repeat(N / 3)],
  ['url', `https://${'a'.repeat(N)}`],
  ['url query', `https://x.example/?${'a=b&'.repeat(N / 4)}`],
  ['path', '/Users/'.repeat(N / 7)],
  ['windows path', 'C:\\Users\\'.repeat(N / 9)],
  ['user agent', `Mozilla/5.0 (${'a;'.repeat(N / 2)}`],
  ['names', 'Jane '.repeat(N / 5)],
  ['addresses', '12 Main '.repeat(N / 8)],
  ['address prefixes', 'Calle Mayor '.repeat(N / 12)],
  ['geo', '52.5200,'.repeat(N / 8)],
  ['dob cue', 'born on 1987-'.repeat(N / 13)],
  ['key-value pairs', 'a=b '.repeat(N / 4)],
  ['stack trace', '\n    at '.repeat(N / 9)],
  ['json', `{"a":${'['.repeat(N / 2)}`],
  ['gravatar', 'gravatar.com/avatar/'.repeat(N / 20)],
  ['hex', 'f'.repeat(N)],
  ['uuid path', '/users/aaaaaaaa-'.repeat(N / 16)],
  ['ssn under key', '1'.repeat(N), 'ssn'],
  ['password under key', 'p'.repeat(N), 'password'],
  ['name under key', 'Ab '.repeat(N / 3), 'name'],
  ['address under key', '1 A '.repeat(N / 4), 'address'],
  ['email under key', 'a at '.repeat(N / 5), 'email'],
  ['percent in text', `x %41${'a'.repeat(N)} %4`],
  ['percent pairs in text', `y ${'k=%41'.repeat(N / 5)}`],
  ['nested pairs', `z ${'a='.repeat(N / 2)}`],
  ['hl7 segments', `|${'PID|'.repeat(N / 4)}`],
  ['x12 segments', '~NM1*QC*1*'.repeat(N / 10)],
  ['caseless name under key', 'ليلى '.repeat(N / 5), 'full_name'],
  ['content key under secret key', `${'ab-'.repeat(N / 3)}zz`, 'token'],
  ['two-digit-year dates', '1/2/3'.repeat(N / 5), 'dob'],
  ['map path', `https://maps.example/place/${'a+1'.repeat(N / 3)}`],
  ['pnr names', `x ${'AB/CD '.repeat(N / 6)}`],
  ['keys in other scripts', 'пароль'.repeat(N / 6), 'адрес'],
  ['apis passport elements', `x/ ${'DOCS AB HK1 P/'.repeat(N / 15)}`],
  ['apis empty fields', `SSR DOCS AB HK1${'/'.repeat(N)}`],
  ['gds card codes', `FPCCVI${'4'.repeat(N)}`],
  ['credentials in text', `Authorization: Basic ${'Basic '.repeat(N / 6)}`],
  ['addresses in capitals', '12 MAIN '.repeat(N / 8)],
  ['edifact segments', `UNH+${"'NAD+".repeat(N / 5)}`],
  ['mt940 subfields', `:86:${'?2'.repeat(N / 2)}`],
  ['aligned pair keys', `${'EMP-DOB'.repeat(N / 14)}${' '.repeat(N / 2)}:`],
  ['four-digit groups', `${'1234 '.repeat(N / 5)}`],
  ['party public names', `${'2'.repeat(12)} - ${'Ab '.repeat(N / 3)}`, 'public_name'],
  ['firm after a name', 'Jane Doe and Co '.repeat(N / 16)],
  ['korean given names', `Kim ${'Ji-'.repeat(N / 3)}`],
  ['cjk dates', '1984年7'.repeat(N / 6), 'birth_date'],
  ['era dates after a cue', `生年月日：${'昭和5'.repeat(N / 3)}`],
  ['crawler brackets', `Mozilla/5.0 (compatible; ${'a;+'.repeat(N / 3)}`],
  ['userinfo marks', `postgres://${'a:b?'.repeat(N / 4)}@h`],
  ['spaced at signs', 'a.b @ '.repeat(N / 6)],
  ['passwords told', 'password is '.repeat(N / 12)],
  ['casual addresses', '12 oak '.repeat(N / 7)],
  ['casual prefix streets', '12 rue de '.repeat(N / 10)],
  ['digit by digit', '0 '.repeat(N / 2), 'phone'],
  ['month words', `born ${'12 de mars '.repeat(N / 11)}`],
  ['bracketed models', `Mozilla/5.0 (${'a(b)'.repeat(N / 4)}`],
  ['host slash addresses', `a.bc/${'1.2.3.4/'.repeat(N / 8)}:80`],
  ['personal numbers', '150384-2231 '.repeat(N / 12)],
];

describe('patterns are linear or bounded', () => {
  it.each(cases)('%s: 100k crafted characters scan in < 1 s', (_family, text, key) => {
    const start = performance.now();
    detectString(text, key);
    detect({ [key ?? 'v']: text });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
