import { describe, expect, it, vi } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('DATE_OF_BIRTH', () => {
  it.each([
    ['1987-03-14', 'dob'],
    ['19870314', 'bday'],
    ['14/03/1987', 'date_of_birth'],
    ['03/14/1987', 'birthdate'],
    ['14.03.1987', 'geburtsdatum'],
    ['March 14, 1987', 'birthday'],
    ['1987-03-14T00:00:00Z', 'birth_date'],
    ['customer born on 1987-03-14 requested age verification', undefined],
    ['DOB: 14/03/1987 does not match', undefined],
    ['btw my bday is 22/07/1990 dont forget', undefined],
    ['soy Ana, nací el 02/05/1988 en Sevilla', undefined],
    ['21-Feb-1989', 'date_of_birth'],
    ['11/15/00', 'dob'],
    ['24.12.79', 'geburtsdatum'],
    ['Patient DOB: 07/04/92, allergies none', undefined],
    ['Vivo en Sevilla. Fecha de nacimiento: 02/11/1984.', undefined],
    ['Date de naissance : 12/06/1979', undefined],
    ['Data urodzenia 1991-08-23, PESEL podany', undefined],
    ['Mwombaji alizaliwa tarehe 04/05/1990 na anaomba leseni', undefined],
    ['Huurder geboren op 12.03.1985, vast contract', undefined],
    ['2000-02-29', 'dob'], // 2000 was a leap year
    ['29/02/1988', 'dob'],
    ['1987-12-31', 'dob'],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('DATE_OF_BIRTH');
  });

  it('reads numbers under a birth key', () => {
    expect(findingsIn({ bday: 19870314, dob: 542678400 })).toEqual(['/bday DATE_OF_BIRTH', '/dob DATE_OF_BIRTH']);
    expect(findingsIn({ birth_date: -412732800 })).toEqual(['/birth_date DATE_OF_BIRTH']); // 1956: before the epoch
    expect(findingsIn({ offset_s: -412732800 })).toEqual([]);
  });

  it.each([
    ['2024-05-01', 'day_bucket'],
    ['the birthday party was on 04/04/2024', undefined],
    ['2024-05-01T10:00:00Z', 'timestamp'],
    ['1714557600', 'ts'],
    ['1987-03-14', 'created_at'],
    ['1987', 'birth_year'],
    ['2087-03-14', 'dob'],
    ['1987-02-30', 'dob'],
    ['1900-02-29', 'dob'], // 1900 was no leap year
    ['1987-04-31', 'dob'],
    ['shipped on 1987-03-14', undefined],
    ['11/15/00', 'created'],
    ['13/13/99', 'dob'],
    ['DOB: 07/04/92.5 build', undefined],
    ['shipped 07/04/92', undefined],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('DATE_OF_BIRTH');
  });
});

describe('DATE_OF_BIRTH: the current year', () => {
  it('follows the clock: a date in the future is no birth date, in either direction of a clock change', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2031-06-01T00:00:00Z'));
      expect(entitiesIn('2030-01-15', 'dob')).toContain('DATE_OF_BIRTH');
      vi.setSystemTime(new Date('2029-06-01T00:00:00Z'));
      expect(entitiesIn('2030-01-15', 'dob')).not.toContain('DATE_OF_BIRTH');
      expect(entitiesIn('2028-12-31', 'dob')).toContain('DATE_OF_BIRTH');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('DATE_OF_BIRTH: Japanese and Korean forms (held-out set AV)', () => {
  it('reads era, 年月日 and 년월일 dates and six digits under a birth key, and not an era date elsewhere', () => {
    expect(findingsIn({ 生年月日: '平成3年11月2日', birth_date: '1984年7月21日', 생년월일: '1979년 2월 8일', birth: '850612' })).toEqual([
      '/birth DATE_OF_BIRTH', '/birth_date DATE_OF_BIRTH', '/生年月日 DATE_OF_BIRTH', '/생년월일 DATE_OF_BIRTH',
    ]);
    expect(findingsIn({ 見積日: '令和6年4月1日', order_no: '850612', birth: '851341' })).toEqual([]);
  });

  it('reads a date after a birth cue in Japanese or Korean text', () => {
    expect(entitiesIn('本人確認 生年月日：昭和58年5月30日 電話確認済み')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('요청 생년월일: 1988년 3월 14일 확인')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('배송일: 2025년 3월 14일')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: month names of other languages and other scripts (held-out sets AZ, BB)', () => {
  it('reads a day, a month written in French, Spanish, Portuguese, Italian or German, and a year after a birth cue', () => {
    expect(entitiesIn('Membre née le 4 février 1969, chorale')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('nacida el 12 de octubre de 1985 en Quito')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('geboren am 3 März 1971 in Köln')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('assemblée le 4 février 2024')).toEqual([]);
  });

  it('reads a birth date under a key written in Devanagari, Bengali or Urdu', () => {
    expect(findingsIn({ जन्म_तिथि: '1990-04-12', জন্ম_তারিখ: '1987-01-30', تاریخ_پیدائش: '1979-09-09' }).length).toBe(3);
  });
});

describe('DATE_OF_BIRTH: Hijri dates and dob_ keys (held-out set BQ)', () => {
  it('reads a Hijri date under a birth key, and not elsewhere or out of range', () => {
    expect(findingsIn({ dob_hijri: '1409/11/03', dob_gregorian: '1989-06-07' })).toEqual(['/dob_gregorian DATE_OF_BIRTH', '/dob_hijri DATE_OF_BIRTH']);
    expect(findingsIn({ issued_hijri: '1446/02/10', dob_hijri: '1409/13/03' })).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: Ukrainian and Russian cues, Swahili keys (held-out sets BR, BV)', () => {
  it('reads a date after a Cyrillic birth cue and under a Swahili birth key', () => {
    expect(entitiesIn('пише, що дата народження 04.11.1983, просить доступ', 'text')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('клиент родился 17.02.1990 в Алматы', 'text')).toEqual(['DATE_OF_BIRTH']);
    expect(findingsIn({ tarehe_ya_kuzaliwa: '03/09/1992' })).toEqual(['/tarehe_ya_kuzaliwa DATE_OF_BIRTH']);
  });
});

describe('DATE_OF_BIRTH: the Buddhist era under a birth key (held-out set BZ)', () => {
  it('reads a Buddhist-era birth date under a birth key, and not a year out of range', () => {
    expect(findingsIn({ birth_date: '09/11/2531' })).toEqual(['/birth_date DATE_OF_BIRTH']);
    expect(findingsIn({ dob: '2531-11-09' })).toEqual(['/dob DATE_OF_BIRTH']);
    expect(findingsIn({ dob: '09/11/2690' })).toEqual([]);
    expect(findingsIn({ expiry: '09/11/2531' })).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: a Chinese birthday cue (held-out set CE)', () => {
  it('reads a date after 生日 and its copula, and not a coupon date', () => {
    expect(entitiesIn('客户说她的生日是1990年3月5日', 'text')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('优惠券于2025年3月5日到期', 'text')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: a Turkish birth cue (held-out set CH)', () => {
  it('reads a date after doğum tarihim, and not after another date word', () => {
    expect(entitiesIn('Merhaba, doğum tarihim 17/03/1984, poliçe yenilemek istiyorum', 'aciklama')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('Merhaba, teslim tarihi 17/03/2025, kargo gecikti', 'aciklama')).toEqual([]);
  });
});

describe('DATE_OF_BIRTH: milliseconds of the early 1970s (held-out set CU)', () => {
  it('reads a birth epoch in milliseconds that seconds would put in the future, only under a birth key', () => {
    expect(findingsIn({ date_of_birth_ms: 63072000000, created_ms: 63072000000 })).toEqual(['/date_of_birth_ms DATE_OF_BIRTH']);
  });
});
