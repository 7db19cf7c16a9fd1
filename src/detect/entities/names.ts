import type { Emit, KeyCtx } from '../_hit.js';
import { H, keyInfo } from '../keys.js';
import { CITY_SUFFIXES, COMMON_WORDS, FIRST_NAMES, LAST_NAMES, NAME_AFFIXES, STREET_WORDS } from './_dictionaries.js';
import { FAMILY_FIRST_SURNAMES, VIETNAMESE_FAMILY_NAMES } from './_names-extra.js';
import { PARTY_WORDS, phoneValid } from './phone.js';
import { AWARDS, BREEDS, COMPANY, COUNTRIES, GOODS, LEGAL_FORMS, LOWERCASE_FORMS, PLACE_NOUNS, PLACE_RUNS, PRODUCT_NOUNS, REGIONS, ROAD_WORDS, SAINTS, STORMS, THING_WORDS } from './_name-words.js';

/**
 * Person names. In free text: a known first name (any of ~45 locales) followed by a surname that
 * is known, or capitalised and not a common English word. Under a person key (`first_name`,
 * `customer`, `user.name`…) any one to four capitalised words; under a bare `name` key a
 * dictionary hit is required (event, product and service names also sit under `name`).
 */

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'bin', 'binti', 'bint', 'ibn', 'al', 'ter', 'ten', 'y', 'e', 'dela', 'delos',
  'a/p', 'a/l', 's/o', 'd/o', // Malaysian and Singaporean `anak perempuan`, `anak lelaki`, `son of`, `daughter of`
  'ó', 'ní', 'nic', 'uí', 'mhic', 'ua']); // Irish (`Ciarán Ó Súilleabháin`, `Aoife Ní Bhriain`)
/** A capitalised name word, with a prefix (`McDonald`, `NicLeòid`, `O'Hara`, `DeLuca`) and a hyphenated second part (`O'Hara-Pouros`, romanised Korean `Ji-min`). */
const WORD = /^(?:(?:Mc|Mac|Nic|O'|O’|D'|D’|De|Di|La|Le)(?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}'’]*(?:-(?:(?:Mc|Mac|O'|O’|D'|D’)(?=\p{Lu}))?\p{Lu}?[\p{Ll}\p{M}'’]+)?$/u;
const UPPER_WORD = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
/**
 * One to four words of a script without capitals (Arabic, Hebrew, Thai, Indic, Ethiopic, Georgian…): under a
 * person-name key such a value is a name, as a CJK one is (`يوسف حداد`).
 */
const CASELESS_NAME = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Ethiopic}\p{Script=Georgian}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{M}\u200c\u200d'’-]{2,30}(?: [\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Ethiopic}\p{Script=Georgian}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{M}\u200c\u200d'’-]{1,30}){0,3}$/u;
const CJK_NAME = /^(?:[\p{Script=Han}]{2,4}|[\p{Script=Hangul}]{2,4}|[\p{Script=Katakana}\p{Script=Hiragana}ー・ 　]{2,12}|[\p{Script=Han}]{1,2}[ 　][\p{Script=Han}]{1,3})$/u;
/**
 * A whole capitalised word (not `Gmb` of `GmbH`), also with a capitalised prefix (`McKenzie`, `LaToya`,
 * `DeShawn`); its hyphenated part may be lowercase (`Ji-woo`, romanised Korean).
 */
const NAME_TOKEN = String.raw`(?<![\p{L}\p{M}])(?:[OD]['’]|Mc|Mac|(?:Nic|De|Di|Da|La|Le|Ja)(?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)?(?![\p{L}\p{M}])`;
const CAPS_RUN = new RegExp(String.raw`${NAME_TOKEN}(?:[ \u00a0](?:(?:van|von|der|den|de|da|di|du|del|della|dos|das|la|le|bin|binti|bint|ibn|al|ter|ten|dela|delos|Ó|Ní|Nic|Uí|Mhic|Ua) ){0,2}${NAME_TOKEN}){1,3}`, 'gu');

/** A word in lowercase without a full stop or comma after it. */
function bare(token: string): string {
  const low = token.toLowerCase();
  const end = low.charCodeAt(low.length - 1);
  return end === 46 || end === 44 ? low.slice(0, -1) : low;
}

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'new', 'old', 'upper', 'lower', 'saint', 'st', 'san', 'santa', 'mount', 'fort', 'port', 'lake']);

/** Ranks in faker's first-name lists that name a title far more often than a person (`General Santos` is a city). */
const RANKS = new Set(['general', 'major']);

/** A compound given name whose first part is one of the common heads (`Marie-Carmelle`, `Jean-Wesner`, `José-Luis`). */
const COMPOUND_GIVEN = /^(?:jean|marie|anne|rose|mary|ana|maria|jose|josé|juan|pierre|louis|paul)-\p{L}{3,}$/u;

/**
 * Street types as abbreviated after a street's name (`Napier Ave`, `Lincoln Blvd`): after a given name one names the
 * street, not a surname (`St` is a saint's and `Dr` a doctor's, read elsewhere).
 */
const STREET_ABBREVIATIONS = new Set(['ave', 'blvd', 'rd', 'ln', 'hwy', 'pkwy', 'ct', 'cir', 'ter', 'trl', 'cres', 'tce', 'pde', 'sq', 'expy', 'fwy']);

function isFirst(t: string): boolean {
  const b = bare(t);
  if (RANKS.has(b)) return false;
  // `Anna-Lena`, `Jean-Pierre`, and a compound after `Jean-` or `Marie-` whatever its second part
  if (b.includes('-') && !FIRST_NAMES.has(b)) return b.split('-').every((p) => FIRST_NAMES.has(p)) || COMPOUND_GIVEN.test(b);
  return FIRST_NAMES.has(b) && !DIRECTIONS.has(b) && !(STREET_WORDS.has(b) && !LAST_NAMES.has(b));
}

/** A place word: a street type, or a city name built with a city suffix (`Brisaview`, `Lake Jane`). */
function isPlaceWord(t: string): boolean {
  const b = bare(t);
  if (LAST_NAMES.has(b)) return false;
  if (STREET_WORDS.has(b)) return true;
  for (const s of CITY_SUFFIXES) if (s.length >= 3 && b.length > s.length + 2 && b.endsWith(s)) return true;
  return false;
}

function isLast(t: string): boolean {
  const b = bare(t);
  if (LAST_NAMES.has(b)) return true;
  // `Saint-Joseph`, `San-Martín` name a saint or a place, not a double-barrelled surname.
  return b.includes('-') && b.split('-').every((p) => (LAST_NAMES.has(p) || FIRST_NAMES.has(p)) && !DIRECTIONS.has(p));
}

/** One or two pinyin syllables (`Wei`, `Xiaoming`, `Zhiwei`), each with its initial. */
const PINYIN = /^(?:(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)(?:iang|iong|uang|iao|ian|ing|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)){1,2}$/;

/** A given name in pinyin: pinyin-shaped and not an English, street, place or company word. */
function isPinyinGiven(t: string): boolean {
  const b = bare(t);
  return PINYIN.test(b) && !COMMON_WORDS.has(b) && !STREET_WORDS.has(b) && !COMPANY.has(b) && !isPlaceWord(t);
}

/**
 * East Asian order, family name first (`Zhang Xiaoming`, `Kim Min-jun`): a known family name, then
 * known given names or, after a Chinese (pinyin) family name, pinyin given names.
 */
function familyFirst(words: readonly string[]): number {
  const family = bare(words[0] as string);
  if (words.length > 3 || !FAMILY_FIRST_SURNAMES.has(family)) return 0;
  const pinyin = PINYIN.test(family);
  // A known given name needs four letters or a hyphen (`Li Ion` is a battery, `Kim Min-jun` a person)
  // and must not be an everyday word (`Park Royal` is a place).
  return words.slice(1).every((w) => (isFirst(w) && (w.length >= 4 || w.includes('-')) && !COMMON_WORDS.has(bare(w))) || (pinyin && isPinyinGiven(w)) || koreanGiven(w)) ? 0.7 : 0;
}

/** Words before a South Slavic surname that make it a place or a shop (`Novi Petrović`, `Pekara Jovanović`). */
const NOT_GIVEN_BEFORE_FAMILY = new Set(['novi', 'nova', 'novo', 'stari', 'stara', 'staro', 'veliki', 'velika', 'veliko', 'mali', 'mala', 'malo', 'donji', 'donja', 'gornji', 'gornja', 'sveti', 'sveta',
  'restoran', 'kafana', 'kafić', 'apoteka', 'ljekarna', 'pekara', 'prodavnica', 'trgovina', 'market', 'salon', 'servis', 'hotel', 'motel', 'vila', 'selo', 'grad', 'trg', 'ulica', 'obrt', 'radnja']);
/**
 * A South Slavic or Greek surname (`Petrović`, `Kovačić`, Cyrillic `Јовановић`; `Pappadakis`, `Georgiadis`, `Kallistopoulos`,
 * Greek-script `Παπαδόπουλος`): its ending names a family wherever it stands.
 */
const FAMILY_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ić|ић|opoulos|opoulou|idis|idou|iadis|akis|όπουλος|οπουλος|ίδης|ιδης|άκης|ακης)$/u;

/**
 * A given name the dictionary does not know before a South Slavic or Greek surname (`Milena Petrović`), also after a capitalised
 * word that opens the sentence (`Kupac Milena Petrović`): words of letters only, none an everyday, place or thing word.
 */
function familyEnding(words: readonly string[]): number {
  const last = words[words.length - 1] as string;
  if (words.length > 3 || !FAMILY_ENDING.test(last)) return 0;
  const shaped = (w: string): boolean =>
    /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !COMMON_WORDS.has(bare(w)) && !NOT_GIVEN_BEFORE_FAMILY.has(bare(w)) && !isThingWord(w) && !isPlaceWord(w) && !STREET_WORDS.has(bare(w));
  return words.every(shaped) ? 0.6 : 0;
}

/** One syllable of Revised Romanization (`ji`, `min`, `yeon`, `hyuk`): an initial, a vowel, a final. */
const KOREAN_SYLLABLE = '(?:kk|tt|pp|ss|jj|ch|[gkndrlmbpsjth])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|a|e|o|u|i)(?:ng|[nklmpt])?';
/** A Korean given name as romanised, two syllables joined by a hyphen (`Ji-min`, `Do-yun`, `Seo-yeon`). */
const KOREAN_GIVEN = new RegExp(`^${KOREAN_SYLLABLE}-${KOREAN_SYLLABLE}$`);

function koreanGiven(w: string): boolean {
  return w.includes('-') && (KOREAN_GIVEN.test(bare(w)) || CANTONESE_GIVEN.test(bare(w)));
}

/** One syllable of Hong Kong's romanisation of Cantonese (`siu`, `tai`, `man`, `kwok`, `cheung`). */
const CANTONESE_SYLLABLE = '(?:[bcdfghjklmnpstwyz]{0,3})[aeiou]{1,3}(?:ng|[nkmpt])?';
/** A Cantonese given name as Hong Kong writes it, two syllables joined by a hyphen (`Siu-ming`, `Tai-man`, `Ka-wai`). */
const CANTONESE_GIVEN = new RegExp(`^${CANTONESE_SYLLABLE}-${CANTONESE_SYLLABLE}$`);

const MARKS = /\p{M}/gu;
/** A word without its diacritics, lowercase (`Nguyễn` → `nguyen`, `Đặng` → `dang`). */
function fold(t: string): string {
  const b = bare(t);
  return isAscii(b) ? b : b.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
}

/** True when every character is ASCII (no mark to fold away). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Vietnamese middle names, some also English words (`Van`, `Kim`). */
const VIETNAMESE_MIDDLE = new Set(['thi', 'van', 'huu', 'duc', 'ngoc', 'dinh', 'quang', 'cong', 'xuan', 'minh', 'thanh', 'kim', 'bao', 'gia']);

/**
 * Vietnamese order, family name first (`Nguyễn Thị Lan`, `Tran Van An`): a Vietnamese family name
 * (diacritics or not) then two or three words, or one known given name.
 */
function vietnamese(tokens: readonly string[]): number {
  if (tokens.length < 2 || tokens.length > 4 || !VIETNAMESE_FAMILY_NAMES.has(fold(tokens[0] as string))) return 0;
  const rest = tokens.slice(1);
  if (rest.some(isThingWord)) return 0;
  // After a middle name (`Thị`, `Văn`) any given name counts, even one that is an English word (`An`, `Mai`).
  if (rest.length >= 2 && VIETNAMESE_MIDDLE.has(fold(rest[0] as string))) return 0.7;
  if (rest.some((t) => COMMON_WORDS.has(bare(t)))) return 0;
  return rest.length >= 2 || FIRST_NAMES.has(fold(rest[0] as string)) ? 0.7 : 0;
}

/** A class name that ends in a thing word (`MismatchedInputException`, `ConnectionError`). */
const THING_COMPOUND = /\p{Ll}(?:Exception|Error|Fault|Failure|Handler|Controller)$/u;

/**
 * A Dutch or German compound naming a structure or a square after someone (`Piet Heintunnel`, `Van Brienenoordbrug`,
 * `Willy-Brandt-Platz`): such a word ends a run that names the place. Endings that are also surnames' (`-laan`,
 * `-dijk`, `-weg`) are left out.
 */
const PLACE_COMPOUND = /\p{Ll}(?:tunnel|brug|brücke|bruecke|plein|platz|straat|straße|strasse|kade|gracht|singel|viaduct|viadukt|sluis)$/u;

/** A station, airport or public-building word, a company word, goods, a country that is not also a surname or a region that is no name. */
function isThingWord(t: string): boolean {
  const b = bare(t);
  return PLACE_NOUNS.has(b) || COMPANY.has(b) || GOODS.has(b) || AWARDS.has(b) || (COUNTRIES.has(b) && !LAST_NAMES.has(b)) || (REGIONS.has(b) && !LAST_NAMES.has(b) && !FIRST_NAMES.has(b));
}

function afterPlaceWord(t: string): boolean {
  const b = bare(t);
  return STREET_WORDS.has(b) || ROAD_WORDS.has(b) || SAINTS.has(b) || STORMS.has(b) || isThingWord(t);
}

const GERUND = /^\p{L}{3,}ing$/u;
/** The last word of a typeface's name. */
const TYPEFACES = new Set(['sans', 'serif', 'mono']);

/** Score a run of capitalised words as a name (`next`: the capitalised word after it, if any): 0 when it is not one. */
function scoreTokens(tokens: readonly string[], next?: string): number {
  const words = tokens.filter((t) => !PARTICLES.has(t.toLowerCase()));
  if (words.length < 2 || words.length > 4) return 0;
  if (PLACE_RUNS.has(`${bare(words[0] as string)} ${bare(words[1] as string)}`) || PLACE_RUNS.has(words.map(bare).join(' '))) return 0;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (PLACE_COMPOUND.test(last) && !isLast(last)) return 0;
  if (!isFirst(first)) return vietnamese(tokens) || familyFirst(words) || familyEnding(words);
  // A station, airport or public-building word, a company word or (not a surname) a country after the
  // first word names a place or a firm: `Roma Termini`, `Victoria Harbour Ops`, `Grant Group Logistics`.
  for (let i = 1; i < words.length; i++) if (isThingWord(words[i] as string)) return 0;
  // A middle word that is an everyday word or a verb in -ing, and no name, makes a phrase (`Max Memory Used`,
  // `Beryl Moving West`).
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i] as string;
    if ((COMMON_WORDS.has(bare(w)) || GERUND.test(bare(w))) && !isFirst(w) && !isLast(w)) return 0;
  }
  // Before a street type the run names the street (`Kwame Nkrumah Circle`, `Martin Luther King Boulevard`).
  if (next !== undefined && (PLACE_NOUNS.has(bare(next)) || BREEDS.has(bare(next)) || STREET_WORDS.has(bare(next)))) return 0;
  // An everyday first word before a thing word names the thing (`Winter Storm Warning`); `Jane Smith Error` keeps its person.
  if (next !== undefined && THING_WORDS.has(bare(next)) && COMMON_WORDS.has(bare(first))) return 0;
  if (TYPEFACES.has(bare(last))) return 0; // `Josefin Sans`, `Roboto Mono`: a font
  if (isLast(last)) return COMMON_WORDS.has(bare(first)) && COMMON_WORDS.has(bare(last)) ? 0 : 0.85;
  const lb = bare(last);
  if (STREET_WORDS.has(lb) || STREET_ABBREVIATIONS.has(lb) || COMPANY.has(lb) || lb.length < 3 || COMMON_WORDS.has(bare(first))) return 0;
  if (THING_WORDS.has(lb) || BREEDS.has(lb) || (next !== undefined && (THING_WORDS.has(bare(next)) || THING_COMPOUND.test(next)))) return 0;
  // A first name then a word built like a town (`Siobhan Whitfield`) is a surname: towns are not named
  // `<given name> <town>` (faker's are `Lake Jane`, `Janeview`). Only as the whole run, and not when
  // the word is a given name too (`Morgan Stanley` is a firm).
  if (isPlaceWord(last)) return words.length === 2 && next === undefined && !isFirst(last) ? 0.5 : 0;
  // `Jane Doe`: a clear first name before any capitalised word, but not before a common word that is no
  // surname (`Okta Dashboard`).
  return COMMON_WORDS.has(lb) ? 0 : 0.6;
}

const WORD_AFTER = /^[ \u00a0,]{1,2}([\p{L}]{2,8})\.?(?![\p{L}\p{N}-])/u;

/** `… and Company`, `… & Co.`, `… and Sons` after a founder's name, and legal forms written with a slash or dots (`A/S`, `S.A.`). */
const AND_COMPANY = /^ (?:and|&) (?:Company|Co\b|Sons|Daughters|Partners)|^,? (?:A\/S|I\/S|K\/S|S\.A\.|S\.p\.A\.|B\.V\.|N\.V\.|S\.L\.|S\.r\.l\.)/;

/** A country's code before a legal form (`Grant Thornton UK LLP`, `Deloitte US LLC`). */
const COUNTRY_THEN_FORM = /^[ \u00a0](?:UK|US|USA|EU|IE|NZ|AU|CA|ZA|NG|KE|GH|IN|SG|HK|DE|NL|FR|CH) (?:LLP|LLC|Ltd|Limited|Inc|PLC|plc|GmbH|BV|NV|AG|Pty|SAS|SA)(?![\p{L}\p{N}])/u;

/** True when the words after `end` are a firm's legal form (`Robert Walters plc`, `Grant Thornton LLP`, `Eli Lilly and Company`). */
function legalFormAfter(text: string, end: number): boolean {
  if (AND_COMPANY.test(text.slice(end, end + 16)) || COUNTRY_THEN_FORM.test(text.slice(end, end + 16))) return true;
  const w = WORD_AFTER.exec(text.slice(end, end + 12))?.[1];
  if (w === undefined) return false;
  const low = w.toLowerCase();
  return LEGAL_FORMS.has(low) && (LOWERCASE_FORMS.has(low) || w === w.toUpperCase());
}

/** True when the word after `end` names goods, a ship or tour, or a disease (`the Jack Wolfskin jacket`, `Charles Bonnet syndrome`). */
function productAfter(text: string, end: number): boolean {
  const w = NOUN_AFTER.exec(text.slice(end, end + 18))?.[1];
  return w !== undefined && PRODUCT_NOUNS.has(w);
}

/** True when the capitalised word right after a run is a place, firm or award word. */
function thingAfter(text: string, end: number): boolean {
  const w = CAPITAL_AFTER.exec(text.slice(end, end + 26))?.[1];
  return w !== undefined && isThingWord(w);
}

/** The capitalised word after a run. */
const CAPITAL_AFTER = /^[ \u00a0](\p{Lu}\p{Ll}{2,24})(?![\p{L}\p{N}-])/u;

/** The lowercase word after a run. */
const NOUN_AFTER = /^[ \u00a0,]{1,2}(\p{Ll}{2,14})(?![\p{L}\p{N}-])/u;

/** A model number ending the text after a run (` 8900`, ` 750i`). */
const MODEL_NUMBER_END = /^ \d{3,5}[A-Za-z]{0,2}$/;

/** A dose or a pack quantity right after a run (` 180 mg`, ` 2.5 ml`): the run names a medicine or a product. */
const DOSE_AFTER = /^ \d{1,4}(?:[.,]\d{1,3})? ?(?:mg|mcg|µg|ug|ml|mL|g|kg|iu|IU|mmol|%)(?![\p{L}\p{N}])/u;

/**
 * Parts of a building named after someone (`Mary Seacole Ward`, `Ronald McDonald House`, `Grace Court Care Home`):
 * a run of three or more words ending in one, its word before not a given name, names the ward, the wing or the house.
 */
const BUILDING_PARTS = new Set(['ward', 'wing', 'block', 'pavilion', 'house', 'home', 'building']);

function namedBuildingPart(tokens: readonly string[]): boolean {
  return tokens.length >= 3 && BUILDING_PARTS.has(bare(tokens[tokens.length - 1] as string)) && !isFirst(tokens[tokens.length - 2] as string);
}

/** Words that say where someone works, just before a run. */
const EMPLOYER_BEFORE = /\b(?:work(?:s|ed|ing)? (?:at|for)|employed (?:at|by)|interning at) $/i;

/** `St. `, `Ste. `, `Mt. `, `Ft. ` just before a run, with or without the full stop (`Mt Kenya`). */
const ABBREVIATED_PLACE = /(?:^|[^\p{L}])(?:St|Ste|Mt|Ft)\.? ?$/u;

/** A word for a neighbourhood or a district just before a run, in the languages of the markets served. */
const DIVISION_BEFORE = /(?:^|[^\p{L}])(?:colonia|col\.|barrio|bairro|quartier|distrito|municipio|fraccionamiento|fracc\.|vila|comuna|localidad|neighbou?rhood|suburb|district) $/iu;

/**
 * A house or list number ending just before a run (`94 `, `(1842, `), not a date, a time or a version. A number after
 * `#` is a shirt's, a ticket's or a place in a queue (`Red card to #4 Ethan Walker`): the run after it is read as any other.
 */
const HOUSE_OR_ITEM = /(?:^|[\s(])\d{1,6}[a-zA-Z]?,? {0,2}$/;

/**
 * Words just before a run that say a person's name follows: a holder (`houder Elke Jacobs`, `cardholder`), a party to a
 * service (`customer Quenisha Reid`, `patient`, `caller`, `tenant`) or a letter's sign-off (`Regards, Marcus Bell`), in the
 * languages of the markets served.
 */
const PERSON_BEFORE = /(?:^|[^\p{L}])(?:customer|client|patient|caller|passenger|tenant|beneficiary|recipient|applicant|(?:card|account)?holder|(?:kaart|rekening|pas)?houder|titular|titulaire|(?:karten|konto)?inhaber(?:in)?|(?:kind |best |warm )?regards|thanks|thank you|cheers|sincerely|(?:met vriendelijke )?groet(?:en)?|mvg|cordialement|saludos|atentamente|(?:viele |freundliche )?grüße|(?:viele |freundliche )?gruesse)[,:]? {1,2}$/iu;

/**
 * The first and last word of a run of two or three words (particles aside) that may be a name after a cue: no place,
 * firm or thing word in it, and not two everyday words; undefined otherwise.
 */
function cuedRun(tokens: readonly string[]): [string, string] | undefined {
  const words = tokens.filter((t) => !PARTICLES.has(t.toLowerCase()));
  if (words.length < 2 || words.length > 3) return undefined;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (words.some(isThingWord) || THING_WORDS.has(bare(last)) || STREET_WORDS.has(bare(last))) return undefined;
  return COMMON_WORDS.has(bare(first)) && COMMON_WORDS.has(bare(last)) ? undefined : [first, last];
}

/**
 * A run after a PERSON_BEFORE cue, read as a name where the dictionaries alone do not know it (`Elke`, a surname that
 * is also a word, `Bell`): a cued run whose first word is a given name or whose last is a surname.
 */
function cuedName(tokens: readonly string[]): number {
  const run = cuedRun(tokens);
  return run !== undefined && (isFirst(run[0]) || isLast(run[1])) ? 0.75 : 0;
}

/**
 * A speaker giving their own name, in the languages of the markets served (`my name is`, `je m'appelle`, `me llamo`,
 * `ich heiße`, `jina langu ni`, `maqaan koo`, the Zulu and siSwati `ngingu-`): the run after it is the speaker's name,
 * known to the dictionaries or not.
 */
const INTRO_BEFORE = /(?:^|[^\p{L}])(?:my name is|my name's|my full name is|je m['’]appelle|mon nom est|me llamo|mi nombre es|meu nome é|meu nome e|me chamo|ich heiße|ich heisse|mein name ist|mijn naam is|ik heet|mi chiamo|il mio nome è|jina langu ni|naitwa|maqaan koo|maqaan kiyya|magacaygu waa|magacaygu|nazywam się|mam na imię|jmenuji se|volám sa|a nevem|benim adım|adım|numele meu este|jeg heter|jag heter|mitt namn är|nimeni on|eimai o|eimai i|είμαι ο|είμαι η|με λένε|me lene|minu nimi on|mu nimi on|mano vardas yra|mano vardas|mani sauc|mans vārds ir|mans vards ir|ang pangalan ko ay|pangalan ko ay|nama saya|nama aku|tên tôi là|меня зовут|мене звати|ismim|mening ismim|менің атым|менин атым|намам|миний нэр|mera naam|mera nam|maru naam|majha naav|maza nav|naa peru|nanna hesaru|ente peru|en peyar|amar naam|mero naam|मेरा नाम|എന്റെ പേര്|ನನ್ನ ಹೆಸರು|నా పేరు)[,:]? {1,2}$|(?:^|[^\p{L}])(?:ngingu|ndingu|igama lami ngu|igama lam ngu|leina la me ke|lebitso la ka ke)-? ?$/iu;

/** A run after INTRO_BEFORE: any cued run is the speaker's name. */
function introducedName(tokens: readonly string[]): number {
  return cuedRun(tokens) !== undefined ? 0.8 : 0;
}

/** A copyright mark and its year or years, just before a run (`(c) 2024 `, `© 2019-2024, `, `Copyright 2023 `). */
const COPYRIGHT_YEAR = /(?:©|\([cC]\)|[cC]opyright) ?(?:19|20)\d{2}(?: ?[-–] ?(?:19|20)\d{2})?,? {1,2}$/;

/** A path separator, and the rest of a path up to a file name with an extension (`\\Player.log`). */
const SEPARATOR = /^[\\/]$/;
const FILE_REST = /^[\\/][^\s"'<>]*\.[A-Za-z0-9]{1,8}(?=$|[\s"',;)])/;

/** Burmese honorifics before a name (`Daw`, `Ko`, `U`, `Ma`, `Maung`, Karen `Saw` and `Naw`, Shan `Sai` and `Nang`). */
const BURMESE_HONORIFICS = new Set(['u', 'daw', 'ko', 'ma', 'maung', 'mg', 'saw', 'naw', 'sai', 'nang', 'khun']);
/** Syllables of Burmese names as they are romanised (a name is two to four of them, with no family name). */
const BURMESE_SYLLABLES = new Set(['aung', 'aye', 'chan', 'cho', 'ei', 'hein', 'hla', 'hlaing', 'hnin', 'hsu', 'htay', 'htet', 'htike',
  'htoo', 'htun', 'htut', 'kaung', 'kay', 'khaing', 'khant', 'khin', 'khine', 'kyaw', 'kyi', 'kyu', 'lay', 'lei', 'lin', 'lwin', 'mar',
  'maung', 'may', 'min', 'moe', 'mon', 'mya', 'myat', 'myint', 'myo', 'naing', 'nanda', 'nant', 'nay', 'ngwe', 'nwe', 'nyan', 'nyein',
  'nyi', 'nyunt', 'ohn', 'oo', 'paing', 'phoo', 'phyo', 'phyu', 'pwint', 'pyae', 'pyi', 'san', 'sanda', 'sandar', 'sein', 'shein',
  'shwe', 'si', 'sit', 'soe', 'su', 'swe', 'tha', 'thae', 'than', 'thant', 'thar', 'thaw', 'thein', 'thet', 'thi', 'thida', 'thiha',
  'thiri', 'thu', 'thura', 'thuzar', 'tin', 'toe', 'tun', 'wai', 'wah', 'win', 'wint', 'yadanar', 'ye', 'yi', 'yin', 'yu', 'zar',
  'zaw', 'zeyar', 'zin']);

/** A one-letter honorific before a run (`U Kyaw Zaw Win`: the run starts after it). */
const U_BEFORE = /(?:^|[^\p{L}])U $/u;

/**
 * A Burmese honorific and two to four name syllables (`Ko Thura Aung`, `Daw Khin Mya Win`, `U Kyaw Zaw Win`): a person,
 * known to the dictionaries or not. `before` is the text just before the run.
 */
function burmeseName(tokens: readonly string[], before: string): boolean {
  const honorific = BURMESE_HONORIFICS.has((tokens[0] as string).toLowerCase());
  const names = honorific ? tokens.slice(1) : tokens;
  if (names.length < 2 || (!honorific && !U_BEFORE.test(before))) return false;
  return names.every((t) => BURMESE_SYLLABLES.has(t.toLowerCase()));
}

/** Compass words that end the names of suburbs and districts. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);

/** Find names in free text (runs of 2–4 capitalised words, optionally after an honorific). */
export function findNames(text: string, emit: Emit): void {
  CAPS_RUN.lastIndex = 0;
  for (let n = 0; n < 24; n++) {
    const m = CAPS_RUN.exec(text);
    if (!m) return;
    // `94 Dylan Heights` is a street and `(1842, Ada Obi` a list item; after a date or a time (`2024-06-11 Ada Obi`) a name is a name.
    // After a copyright mark and its year (`(c) 2023 Lukas Brenner`, `© 2019–2024 Ade Obi`) a run names the holder.
    if (/\d {0,2}$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && HOUSE_OR_ITEM.test(text.slice(Math.max(0, m.index - 12), m.index)) && !COPYRIGHT_YEAR.test(text.slice(Math.max(0, m.index - 28), m.index))) continue;
    // After an abbreviated saint, mount or fort (`St. Louis Arch`, `Mt. Kenya`, `Ft. Myers`) a run names the place.
    if (ABBREVIATED_PLACE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    // After a word for a neighbourhood or district (`colonia Roma Norte`, `bairro Jardim Paulista`) a run names that place.
    if (DIVISION_BEFORE.test(text.slice(Math.max(0, m.index - 18), m.index))) continue;
    // Where someone works names a firm (`I work at Grant Thornton`, `employed by Johnson Matthey`).
    if (EMPLOYER_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // A whole folder name in the path of a file (`…\\LocalLow\\Skyforge\\Sky Raiders\\Player.log`) names a folder; a
    // name between the slashes of a page's path (`/people/Geneviève Tremblay/timeline`) is still a name.
    if (m.index > 0 && SEPARATOR.test(text[m.index - 1] as string) && FILE_REST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 200))) continue;
    const tokens = m[0].split(/[ \u00a0]/);
    if (STORMS.has(bare(tokens[0] as string))) continue; // `Storm Daniel`, `Storm Ciarán`: a storm's name
    // A run before a firm's legal form names the firm (`Robert Walters plc`, `Grant Thornton LLP`).
    if (legalFormAfter(text, m.index + m[0].length) || productAfter(text, m.index + m[0].length)) continue;
    // So does a run cut at four words before a place, firm or award word (`Marie Skłodowska-Curie Actions Postdoctoral
    // Fellowships`): the word that makes the run a thing is one past its end.
    if (thingAfter(text, m.index + m[0].length)) continue;
    // A make and a model before the model's number, ending the text (`Claas Lexion 8900`), unless a surname ends the run.
    if (MODEL_NUMBER_END.test(text.slice(m.index + m[0].length)) && !isLast(tokens[tokens.length - 1] as string)) continue;
    // A medicine or a product before its dose (`Allegra Allergy 180 mg`), unless a surname ends the run.
    if (DOSE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) && !isLast(tokens[tokens.length - 1] as string)) continue;
    if (namedBuildingPart(tokens)) continue;
    // A run before a class name that ends in a thing word names that thing (`Jackson Databind MismatchedInputException`).
    if (THING_COMPOUND.test(/^[ \u00a0]([\p{L}\p{M}]{4,64})/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 66))?.[1] ?? '')) continue;
    // After a holder or a sign-off a run of two or three words is the person's name, known to the dictionaries or not.
    if (tokens.length <= 3 && PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 26), m.index))) {
      const score = scoreTokens(tokens) || cuedName(tokens);
      if (score > 0) {
        emit('PERSON_NAME', m[0], score);
        continue;
      }
    }
    // After a speaker's own introduction the run is their name, known to the dictionaries or not (`je m'appelle Hodan Warsame`).
    if (tokens.length <= 3 && INTRO_BEFORE.test(text.slice(Math.max(0, m.index - 26), m.index))) {
      const score = scoreTokens(tokens) || introducedName(tokens);
      if (score > 0) {
        emit('PERSON_NAME', m[0], score);
        continue;
      }
    }
    if (burmeseName(tokens, text.slice(Math.max(0, m.index - 3), m.index))) {
      emit('PERSON_NAME', m[0], 0.8);
      continue;
    }
    // A name and a compass word after a comma names a suburb or a district (`12 Mofolo Road, Lindsay West`).
    if (tokens.length === 2 && COMPASS.has((tokens[1] as string).toLowerCase()) && /, $/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // The run may start with a sentence word or an honorific: try each start, longest first.
    let start = 0;
    while (start < tokens.length - 1) {
      let matched = 0;
      // After a street, place or firm word or a saint (`Rue Victor Hugo`, `Lycée Victor Hugo`, `San José del Guaviare`),
      // the rest of the run names the street, the school or the town after a person.
      if (start > 0 && afterPlaceWord(tokens[start - 1] as string)) {
        start++;
        continue;
      }
      // A run holding a place, firm or country word after its first word names a place or a firm
      // (`Afro Nation Portugal`, `Grace Court Apartments`): none of its shorter slices is a person either.
      if (tokens.slice(start + 1, start + 5).some(isThingWord)) {
        start++;
        continue;
      }
      for (let len = Math.min(4, tokens.length - start); len >= 2 && matched === 0; len--) {
        const slice = tokens.slice(start, start + len);
        const score = scoreTokens(slice, tokens[start + len]);
        if (score > 0) {
          emit('PERSON_NAME', slice.join(' '), score);
          matched = len;
        }
      }
      start += matched > 0 ? matched : 1;
    }
  }
}

const NUMBER_THEN_NAME = /^(\d{9,15}) - (\S.{1,60})$/;

/** `BELLO/HALIMA`, `Doe/Jane Mary`: a surname, one slash, the given names. */
const SURNAME_SLASH_GIVEN = /^\p{L}[\p{L}\p{M}'’-]+\/\p{L}[\p{L}\p{M}'’-]+(?: \p{L}[\p{L}\p{M}'’-]+){0,2}$/u;

/** Keys for one part of a name (normalised). */
const NAME_PART_KEY = /(?:first|last|given|family|middle|sur|fore|maiden|nick|display)name$|^(?:fname|lname|first|last|vorname|nachname|prenom|nom|nome|sobrenome|nombre|apellidos?|cognome|imie|nazwisko|voornaam|achternaam|fornavn|efternavn|etternavn|fornamn|efternamn|etunimi|sukunimi|jmeno|prijmeni|meno|priezvisko|vezeteknev|keresztnev|utonev|nume|prenume|ism|ismi|familiya|овог|нэр|аты|тегі|ном|насаб|фамилиясы|soyad|soyadi|ad|prenoms|vards|uzvards|vardas|pavarde|eesnimi|perekonnanimi|имя|фамилия|отчество|이름|名前|名字)$/;

function keyNorm(key: string | undefined): string {
  return key === undefined ? '' : keyInfo(key).norm;
}

/** The kind of an institution, written first in Portuguese, Spanish, French and Italian names. */
const INSTITUTION_FIRST = new Set([
  'escola', 'escuela', 'école', 'ecole', 'colegio', 'colégio', 'liceo', 'liceu', 'lycée', 'lycee', 'instituto', 'institut',
  'universidade', 'universidad', 'université', 'universite', 'università', 'universita', 'hospital', 'hôpital', 'hopital',
  'clinica', 'clínica', 'clinique', 'igreja', 'iglesia', 'église', 'eglise', 'fundação', 'fundacao', 'fundación', 'fundacion',
  'fondation', 'associação', 'associacao', 'asociación', 'asociacion', 'cooperativa', 'coopérative', 'banco', 'banque',
  'câmara', 'camara', 'prefeitura', 'municipalidad', 'ayuntamiento', 'mairie', 'ministério', 'ministerio', 'ministère',
]);

/** A whole value under a name key. */
export function nameByKey(value: string, kc: KeyCtx, emit: Emit): void {
  let v = value.trim();
  if (v.length < 2 || v.length > 80) return;
  const strong = (kc.hints & H.NAME) !== 0;
  // M-Pesa's public name of a party (`ReceiverPartyPublicName: 254722000000 - Jane Doe`): the number, then the name.
  const party = strong ? NUMBER_THEN_NAME.exec(v) : null;
  if (party !== null) {
    if (phoneValid(`+${party[1] as string}`, false)) emit('PHONE', party[1] as string, 0.85);
    v = party[2] as string;
  }
  if (strong && (CJK_NAME.test(v) || CASELESS_NAME.test(v))) {
    emit('PERSON_NAME', v, 0.8);
    return;
  }
  // `Yamada^Taro` (DICOM PN, HL7 XPN): carets separate the name's parts; so does the slash of a card's or a ticket's
  // `SURNAME/GIVEN` (EMV cardholder name, airline name element) under a name key.
  const slashed = strong && SURNAME_SLASH_GIVEN.test(v);
  let tokens = (slashed ? v.replace('/', ' ') : v).replace(/[,^]/g, ' ').split(/\s+/).filter((t) => t !== '');
  while (tokens.length > 1 && NAME_AFFIXES.has(bare(tokens[0] as string))) tokens = tokens.slice(1);
  while (tokens.length > 1 && NAME_AFFIXES.has(bare(tokens[tokens.length - 1] as string))) tokens = tokens.slice(0, -1);
  // Up to five words besides particles (`María Fernanda Torres de la Cruz`, `Maria das Graças Rocha dos Santos`).
  if (tokens.length === 0 || tokens.length > 8 || tokens.filter((t) => !PARTICLES.has(t.toLowerCase())).length > 5) return;
  const shaped = tokens.every((t) => WORD.test(t) || UPPER_WORD.test(t) || PARTICLES.has(t.toLowerCase()));
  const known = tokens.some((t) => isFirst(t) || isLast(t));
  if (strong) {
    // An owner or holder that is a firm (`Kjær Keramik ApS`, `Acme Holdings Ltd`) is not a person; two
    // people (`Jane and John Doe`) are.
    if (tokens.length > 1 && tokens.some((t, i) => (i > 0 || bare(t) === 'grupo' || bare(t) === 'groupe' || bare(t) === 'gruppo') && bare(t) !== 'and' && COMPANY.has(bare(t)))) return;
    // So is a school, a hospital, a church or a bank named in a Romance language, its kind first (`Escola Secundária de
    // Maputo`, `Colegio San José`, `Fundação Lemann`).
    if (tokens.length > 1 && INSTITUTION_FIRST.has(bare(tokens[0] as string))) return;
    // So is a program (`Jenkins Agent`, `Kafka Broker`): a run that ends in a thing word.
    if (tokens.length > 1 && THING_WORDS.has(bare(tokens[tokens.length - 1] as string))) return;
    // A group, badge or door of a place (`Jordan Street Station Badge Readers`): a long run holding a place or firm word.
    if (tokens.length >= 3 && tokens.slice(1).some((t) => bare(t) !== 'and' && isThingWord(t))) return;
    // No known name, and an everyday word (`Payroll Sync Connector`, the built-in `Administrator`): a thing or an account.
    // One unknown word under a handle key (`username: Zephyr`) is a handle.
    if (!known && (tokens.some((t) => COMMON_WORDS.has(bare(t))) || (tokens.length === 1 && (kc.hints & H.HANDLE) !== 0))) return;
    // One unknown word under a key for a whole person (`recipient: Airtel`) names a firm or a network as often as a
    // person; under a key for a part of a name (`first_name`, `surname`) it is that part.
    if (!known && tokens.length === 1 && !NAME_PART_KEY.test(keyNorm(kc.key))) return;
    if (shaped) emit('PERSON_NAME', v, known ? 0.9 : 0.75);
    // A lowercase first name alone under a handle key (`username: dev`) is a handle, not a name.
    else if (!shaped && known && tokens.every((t) => /^[\p{L}\p{M}'’.-]+$/u.test(t)) && !(tokens.length === 1 && (kc.hints & H.HANDLE) !== 0)) emit('PERSON_NAME', v, 0.7);
    return;
  }
  if (!shaped || tokens.length < 2) return;
  const score = scoreTokens(tokens.map((t) => (UPPER_WORD.test(t) ? t[0] + t.slice(1).toLowerCase() : t)));
  if (score > 0) emit('PERSON_NAME', v, score);
}

/**
 * Person-name fields of health-care interchange formats carried in text, read by position, so a name in
 * capitals counts too: HL7 v2 `PID-5`, `NK1-2`, `GT1-3` and `IN1-16` (`family^given^middle`), `PV1-7`
 * (`id^family^given`), and X12 `NM1` segments whose entity type is a person (`NM1*QC*1*DOE*JANE~`).
 */
const HL7_SEGMENT = /(?:^|[^A-Z0-9])(PID|NK1|GT1|IN1|PV1)\|/g;
const HL7_NAME_FIELD: Readonly<Record<string, readonly [number, number]>> = { PID: [5, 0], NK1: [2, 0], GT1: [3, 0], IN1: [16, 0], PV1: [7, 1] };
const X12_PERSON = /(?:^|[~\n])NM1\*[A-Z0-9]{2,3}\*1\*([^*~\n]{2,40})\*([^*~\n]{1,40})/g;
const NAME_PART = /^[\p{L}\p{M}'’ .-]{2,40}$/u;

/** An airline name element, `SURNAME/GIVEN MR` (PNRs, GDS screens, boarding-pass barcodes), with its title. */
const PNR_NAME = /(?<![A-Z])([A-Z][A-Z'-]{1,30})\/([A-Z][A-Z'-]{1,30}(?: [A-Z][A-Z'-]{1,30}){0,2}?) ?(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)(?![A-Z])/g;

/**
 * An APIS passport element (`SSR DOCS BA HK1 P/GBR/C01X00T47/GBR/08JAN81/F/12AUG30/OKAFOR/CHINEDU`): document
 * type, issuer, number, nationality, date of birth, gender, expiry, surname and given names, any of the first
 * four or the expiry left empty (`DOCS YY HK1/////15MAR87/M//DOE/JOHN`).
 */
const APIS_DOCS = /\bDOCS [A-Z0-9]{2} ?[A-Z]{2}\d{1,2}[ /]?[A-Z]{0,2}\/[A-Z]{0,3}\/[A-Z0-9]{0,20}\/[A-Z]{0,3}\/(\d{2}[A-Z]{3}\d{2})\/(?:[MFUX]I?)?\/(?:\d{2}[A-Z]{3}\d{2})?\/([A-Z][A-Z' -]{0,29}\/[A-Z][A-Z' -]{0,29})/g;

/**
 * True when a mailbox's local part spells two parts of its display name: two of its words (`jane.doe`), or one word and
 * the initial of another (`bwhitaker` for `Brianna Whitaker`). One word alone is a firm's mailbox as often
 * (`"Quayside Lettings" <lettings@…>`).
 */
function spellsName(local: string, words: readonly string[]): boolean {
  const letters = local.replace(/[^a-z]/g, '');
  const whole = words.filter((w) => w.length >= 3 && letters.includes(w));
  if (whole.length >= 2) return true;
  if (whole.length !== 1) return false;
  const rest = letters.replace(whole[0] as string, '');
  return rest.length >= 1 && rest.length <= 2 && words.some((w) => w !== whole[0] && w.startsWith(rest[0] as string));
}

/** A mailbox with a display name (`"Brianna Whitaker" <bwhitaker@outlook.com>`, `Jane Doe <jane.doe@…>`). */
const MAILBOX = /"?((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+)"? <([^<>@\s"]{1,64})@/gu;

/**
 * The display name of a mailbox, when the mailbox's local part spells one of its words (`bwhitaker` for `Whitaker`):
 * a person's name, even one no name list knows. A word of a firm or an everyday word (`Acme Support <support@…>`) is
 * not evidence.
 */
export function findMailboxNames(text: string, emit: Emit): void {
  MAILBOX.lastIndex = 0;
  for (let n = 0; n < 8; n++) {
    const m = MAILBOX.exec(text);
    if (!m) return;
    const local = (m[2] as string).toLowerCase();
    const words = (m[1] as string).split(' ').map(bare);
    if (words.some((w) => COMMON_WORDS.has(w) || COMPANY.has(w))) continue;
    if (spellsName(local, words)) emit('PERSON_NAME', m[1] as string, 0.8);
  }
}

/**
 * The party a mobile-money message names before its number, in capitals as M-Pesa writes it (`sent to FAITH CHEBET
 * 0766072507`, `envoyé à …`) or capitalised: a name when its first word is a given name and no word is an everyday or a firm's word.
 */
const PARTY_BEFORE_NUMBER = new RegExp(String.raw`${PARTY_WORDS} ((?:\p{Lu}[\p{L}'’-]+ ){1,2}\p{Lu}[\p{L}'’-]+) (?=\+?0?\d{9,13}(?!\d))`, 'gu');

export function findPartyNames(text: string, emit: Emit): void {
  PARTY_BEFORE_NUMBER.lastIndex = 0;
  for (let n = 0; n < 4; n++) {
    const m = PARTY_BEFORE_NUMBER.exec(text);
    if (!m) return;
    const words = (m[1] as string).split(' ');
    if (isFirst(words[0] as string) && !words.some((w) => COMMON_WORDS.has(bare(w)) || isThingWord(w))) emit('PERSON_NAME', m[1] as string, 0.7);
  }
}

/**
 * Person-name fields of interchange formats carried in text (airline name elements, HL7 v2, X12); the
 * date of birth of an APIS passport element is reported with its name.
 */
export function findStructuredNames(text: string, emit: Emit): void {
  if (text.includes('/')) {
    PNR_NAME.lastIndex = 0;
    const m = PNR_NAME.exec(text);
    if (m) emit('PERSON_NAME', m[0], 0.85);
    if (text.includes('DOCS ')) {
      APIS_DOCS.lastIndex = 0;
      for (let n = 0; n < 16; n++) {
        const d = APIS_DOCS.exec(text);
        if (!d) break;
        emit('DATE_OF_BIRTH', d[1] as string, 0.9);
        emit('PERSON_NAME', (d[2] as string).trim(), 0.9);
      }
    }
  }
  if (text.includes('|')) {
    HL7_SEGMENT.lastIndex = 0;
    for (let n = 0; n < 16; n++) {
      const m = HL7_SEGMENT.exec(text);
      if (!m) break;
      const [field, offset] = HL7_NAME_FIELD[m[1] as string] as readonly [number, number];
      const value = text.slice(m.index + m[0].length).split('|', field + 1)[field - 1] ?? '';
      const parts = value.split('^');
      const family = parts[offset] ?? '';
      const given = parts[offset + 1] ?? '';
      if (NAME_PART.test(family) && NAME_PART.test(given)) emit('PERSON_NAME', value, 0.9);
    }
  }
  if (text.includes('NM1*')) {
    X12_PERSON.lastIndex = 0;
    for (let n = 0; n < 16; n++) {
      const m = X12_PERSON.exec(text);
      if (!m) break;
      if (NAME_PART.test(m[1] as string) && NAME_PART.test(m[2] as string)) emit('PERSON_NAME', `${m[1]}*${m[2]}`, 0.9);
    }
  }
}
