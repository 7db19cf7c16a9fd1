import type { Emit } from '../_hit.js';

/**
 * Dates of birth. Only dates of birth are personal (DESIGN rule 2): a date counts under a
 * birth key (`dob`, `birthdate`, `bday`…) or after a birth cue in text (`born on`, `DOB:`);
 * day buckets, ISO timestamps and epochs elsewhere stay quiet.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  // French, Spanish, Portuguese, Italian, German and Dutch, as written after a birth cue (`née le 28 mars 1976`, `nacido el 3 de mayo de 1980`)
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10,
  novembre: 11, décembre: 12, decembre: 12, enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, janeiro: 1, fevereiro: 2, março: 3, marco: 3, maio: 5,
  junho: 6, julho: 7, setembro: 9, outubro: 10, dezembro: 12, gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7,
  settembre: 9, ottobre: 10, dicembre: 12, januar: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  // Dutch (`geboren op 11 februari 1976`); its other months are written as in English or German
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
  // Indonesian and Malay (`lahir pada 21 Juni 1979`, `10 Ogos 1989`); their other months are written as in Dutch or English
  maret: 3, desember: 12, mac: 3, julai: 7, ogos: 8, disember: 12,
};
const MONTH_NAMES = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Month names of other languages, written in full after a day (`28 mars 1976`, `3 de mayo de 1980`). */
const MONTH_WORDS = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se[pt]tiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januar|februar|m(?:ä|ae)rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|maret|desember|mac|julai|ogos|disember';
const DATE_SRC = [
  '(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ][\\d:.]{2,15}(?:Z|[+-]\\d{2}:?\\d{2})?)?',
  '(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})',
  '(\\d{4})(\\d{2})(\\d{2})',
  `(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})`,
  `(\\d{1,2})(?:st|nd|rd|th)?\\.?[ -](${MONTH_NAMES})\\.?,?[ -](\\d{4})`, // `14 March 1987`, `09-Nov-1997`
  '(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2})(?![\\d.:/-])', // two-digit year: `11/15/00`, `14.03.87`
  '(\\d{4}) ?[年년] ?(\\d{1,2}) ?[月월] ?(\\d{1,2}) ?[日일]?', // `1998年1月9日`, `1973년 10월 5일`
  '(明治|大正|昭和|平成|令和) ?(\\d{1,2}|元) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日', // a Japanese era: `昭和62年3月14日`
  `(\\d{1,2})(?:er|º|°)? (?:de )?(${MONTH_WORDS}),? (?:de )?(\\d{4})`, // `28 mars 1976`, `3 de mayo de 1980`
].map((s) => `(?:${s})`).join('|');
const WHOLE = new RegExp(`^\\s*(?:${DATE_SRC})\\s*$`, 'i');
const CUED = new RegExp(`(?:\\bborn(?: on)?|\\bdate of birth|\\bbirth ?date|\\bbirthday|\\bd\\.?o\\.?b\\.?|\\bbday|\\bgeboren(?: am| op)?|\\bgebore op|\\balizaliwa(?: tarehe)?|\\bgeb\\.|\\bgeburtsdatum|\\bfecha de nacimiento|\\bdate de naissance|\\bdata di nascita|\\bdata de nascimento|\\bgeboortedatum|\\bdata urodzenia|\\bdata na[șşs]terii|\\bn[ăa]scut[ăa]? (?:la|pe)|дата на раждане|роден[ао]? на|\\btanggal lahir|\\btarikh lahir|\\b(?:di)?lahir(?:kan)? pada(?: tanggal)?|\\bn[ée]e? le|\\bnacid[oa] el|\\bnac[ií] el|\\bnasci em|\\bnat[oa] il|\\bnascid[oa] em|\\burodzon[ya]\\s{1,3}(?:dnia)?|\\bfödd|\\bfødt|do[gğ]um tarihi[mn]?|дата народження|народи(?:вся|лася|лась)|дата рождения|родил(?:ся|ась)|生年月日|誕生日|생년월일|생일|出生日期|生日)\\s{0,3}[:：=]?\\s{0,3}[是为為は는은이]?\\s{0,2}(?:(?:is|was|on|es|est|ist|é|era|el|le|am)\\s{1,3}){0,2}(?:${DATE_SRC})`, 'gi');

let year = 0;
let yearStarts = 0;
let yearEnds = 0;

/** The current UTC year (a Date is made only when the clock leaves the year last seen: dates are checked for every candidate). */
function thisYear(): number {
  const now = Date.now();
  if (now >= yearEnds || now < yearStarts) {
    year = new Date(now).getUTCFullYear();
    yearStarts = Date.UTC(year, 0, 1);
    yearEnds = Date.UTC(year + 1, 0, 1);
  }
  return year;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function plausible(y: number, m: number, d: number): boolean {
  const now = thisYear();
  if (y < 1900 || y > now || m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number));
}

/** A two-digit year as a birth year: this century when that is not in the future, else the last. */
function fullYear(yy: number): number {
  return 2000 + yy <= thisYear() ? 2000 + yy : 1900 + yy;
}

/** Year, month, day of a regex match over DATE_SRC groups (offset = index of the first date group). */
function ymd(g: readonly (string | undefined)[], o: number): boolean {
  const at = (i: number): string => g[o + i] ?? '';
  if (at(0)) return plausible(+at(0), +at(1), +at(2));
  if (at(3)) return plausible(+at(5), +at(4), +at(3)) || plausible(+at(5), +at(3), +at(4));
  if (at(6)) return plausible(+at(6), +at(7), +at(8));
  if (at(9)) return plausible(+at(11), MONTHS[at(9).toLowerCase().replace('.', '')] ?? 0, +at(10));
  if (at(12)) return plausible(+at(14), MONTHS[at(13).toLowerCase()] ?? 0, +at(12));
  if (at(15)) {
    const y = fullYear(+at(17));
    return plausible(y, +at(16), +at(15)) || plausible(y, +at(15), +at(16));
  }
  if (at(18)) return plausible(+at(18), +at(19), +at(20));
  if (at(21)) return plausible((ERAS[at(21)] ?? 0) + (at(22) === '元' ? 1 : +at(22)) - 1, +at(23), +at(24));
  if (at(25)) return plausible(+at(27), MONTHS[at(26).toLowerCase()] ?? 0, +at(25));
  return false;
}

/** The first year of each Japanese era (`昭和` 1926, `平成` 1989, `令和` 2019): year n of an era is start + n − 1. */
const ERAS: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

/** A Hijri date, year first (`1411/07/20`, `1411-07-20`): years 1300–1450 AH are 1882–2029 CE. */
const HIJRI = /^\s*(1[34]\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/;

function hijriBirthDate(value: string): boolean {
  const m = HIJRI.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [+(m[1] as string), +(m[2] as string), +(m[3] as string)];
  return y >= 1300 && y <= 1450 && mo >= 1 && mo <= 12 && d >= 1 && d <= 30;
}

/** A Buddhist-era date (Thailand, Laos: the year plus 543), day first or year first: `22/05/2528`, `2528-05-22`. */
const BUDDHIST = /^\s*(?:(\d{1,2})[-/.](\d{1,2})[-/.](2[45]\d{2})|(2[45]\d{2})[-/.](\d{1,2})[-/.](\d{1,2}))\s*$/;

/** True when the value is a birth date written in the Buddhist era (read under a birth key only). */
function buddhistBirthDate(value: string): boolean {
  const m = BUDDHIST.exec(value);
  if (m === null) return false;
  const [y, mo, d] = m[3] !== undefined ? [+m[3], +(m[2] as string), +(m[1] as string)] : [+(m[4] as string), +(m[5] as string), +(m[6] as string)];
  return plausible(y - 543, mo, d);
}

/** Six digits under a birth key (`960414`, Korea's YYMMDD; also DDMMYY): a date read either way. */
const SIX = /^\s*(\d{2})(\d{2})(\d{2})\s*$/;

/** True when the whole string is a plausible birth date (1900..this year) in a common format. */
export function isBirthDate(value: string): boolean {
  if (value.length > 40) return false;
  const m = WHOLE.exec(value);
  return m !== null && ymd(m, 1);
}

/** A whole value under a birth key. */
export function dobByKey(value: string, emit: Emit): void {
  if (isBirthDate(value) || hijriBirthDate(value) || buddhistBirthDate(value)) return emit('DATE_OF_BIRTH', value.trim(), 0.9);
  const six = SIX.exec(value);
  if (six !== null && (plausible(fullYear(+(six[1] as string)), +(six[2] as string), +(six[3] as string)) || plausible(fullYear(+(six[3] as string)), +(six[2] as string), +(six[1] as string)))) {
    emit('DATE_OF_BIRTH', value.trim(), 0.8);
  }
}

/** A number under a birth key: `19870314`, or an epoch in seconds or milliseconds. */
export function dobFromNumber(value: number, emit: Emit): void {
  if (!Number.isInteger(value)) return;
  if (value >= 19000101 && value <= 21001231) {
    if (isBirthDate(String(value))) emit('DATE_OF_BIRTH', String(value), 0.9);
    return;
  }
  if (Math.abs(value) < 1e6) return; // ages, years
  // Seconds below 1e11, milliseconds above; milliseconds of 1970–1973 are below 1e11 too (`67478400000`), read so when
  // seconds would put the date in the future.
  if ((Math.abs(value) < 1e11 && pastYear(value * 1000)) || pastYear(value)) emit('DATE_OF_BIRTH', String(value), 0.7);
}

/** True when an epoch in milliseconds falls in a year from 1900 to this one. */
function pastYear(ms: number): boolean {
  const y = new Date(ms).getUTCFullYear();
  return Number.isFinite(y) && y >= 1900 && y <= thisYear();
}

/** Dates after a birth cue in free text (`born on 1987-03-14`, `DOB: 14/03/1987`, `my bday is 04/04/1997`). */
export function findCuedBirthDates(text: string, emit: Emit): void {
  CUED.lastIndex = 0;
  for (let n = 0; n < 8; n++) {
    const m = CUED.exec(text);
    if (!m) return;
    if (ymd(m, 1)) emit('DATE_OF_BIRTH', m[0], 0.85);
  }
}
