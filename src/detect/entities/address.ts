import type { Emit, KeyCtx } from '../_hit.js';
import { H } from '../keys.js';
import { COMMON_WORDS, STREET_PREFIXES, STREET_WORDS } from './_dictionaries.js';

/**
 * Street addresses in the shapes of several address systems, with street-type words taken from
 * faker's locale data (`Street`, `Ave`, `Rue`, `Calle`, `Via`, `Rua`, `-straße`, `-straat`…):
 * number first (`12 Main Street`, `12 rue de la Paix`, `673 Rodovia Valentina`), street first
 * (`Calle Mayor 5`, `Via Roma, 10`, `Rua Augusta, 1234`), compound (`Hauptstraße 12`).
 * Text beyond 4 KB is not scanned for addresses.
 */

const MAX_TEXT = 4096;
/** A token starts with a letter, a digit or a number sign: quotes around an SQL literal (`'811 W Oak St'`) are not part of it. */
const TOKEN = /[\p{L}\p{M}\p{N}#º°][\p{L}\p{M}\p{N}'’.#º°\/-]*/gu;
const NUMBER = /^(?:(?:#|n[º°o]\.?)?\d{1,6}[a-wyzA-WYZ]?(?:[-/]\d{1,4}[a-zA-Z]?){0,2}(?:-(?:uy|үй|уй))?|s\/n\.?|S\/N\.?)[,.]?$/; // no `5x` (a multiplier); also `45/3/12` (house/stair/door), `60.` (Hungarian), `29-uy`, `40-үй` (Uzbek, Kazakh: house)
const COMPOUND = /^\p{Lu}[\p{L}\p{M}-]+(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|pfad|steig|markt|graben|kamp|park|bank|hof|straat|laan|gracht|plein|plantsoen|singel|kade|dijk|dreef|vej|gade|gatan|vägen|gata|veien|gränd|torget|utca|ulica|katu|tie|kuja|polku|väylä|kaari)[,.]?$/iu;
/** English one-word streets (`Kingsway`, `Broadway`). */
const COMPOUND_EN = /^\p{Lu}\p{Ll}{2,}(?:way|gate|street|road|lane)$/u;
/**
 * The one-word streets of COMPOUND that may follow their house number (`94 Kerkstraat`): only endings no other word
 * has (`Spring`, `Brigade` and `Denmark` end like a ring, a gade and a mark).
 */
const NUMBER_FIRST_COMPOUND = /^\p{Lu}[\p{L}\p{M}-]{2,}(?:straße|strasse|straat|laan|gracht|gasse|allee|platz|plein|vej|gatan|vägen|veien)[,.]?$/u;
/** Street types common enough to trust even after everyday words (`1 Main Street`). */
const CORE_SUFFIXES = new Set(['street', 'st', 'avenue', 'ave', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct', 'place', 'pl', 'terrace', 'way', 'close', 'crescent', 'highway', 'hwy', 'parkway', 'pkwy', 'square', 'sq', 'circle', 'cir', 'trail', 'alley', 'row', 'gardens',
  'cres', 'tce', 'pde']); // and Australian abbreviations (Crescent, Terrace, Parade)
/**
 * German-, Nordic-, Czech- and Hungarian-style street types written as a separate word after the name
 * (`Karl Johans gate 37`, `Václavské náměstí 12`, `Andrássy út 60`, Kazakh `Кенесары көшесі, 40-үй`, Uzbek `Navoiy ko'chasi 5`,
 * Latvian `Brīvības iela 7`, Estonian `Narva mnt 5`, Lithuanian `Ozo g. 3`); all but
 * the German and Turkish ones lowercase, as written.
 */
const STANDALONE = /^(?:Str\.|Straße|Strasse|Weg|Allee|Platz|Gasse|Ring|Damm|Chaussee|Ufer|Steig|gate|gata|gatan|gaten|vei|veien|vej|vejen|väg|vägen|plass|torg|torget|gade|stræde|allé|náměstí|namesti|třída|trida|ulice|nábřeží|út|utca|körút|tér|Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\.|көшесі|даңғылы|көчөсү|ko['’]chasi|гудамж|iela|bulvāris|prospekts|gatve|tänav|tn\.|mnt\.?|maantee|puiestee|pst\.?|g\.|gatvė|pr\.|prospektas|al\.|alėja)$/;
const PARTICLE = new Set(['de', 'la', 'le', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'of', 'the', "d'", 'l', 'los', 'las', 'van', 'von', 'am', 'an', 'im', 'e', 'y', 'der', 'den', 'dem', 'die', 'het', 'op', 'sur', 'en']);
const DIRECTION = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);
const SECONDARY = /^(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|apto|apartamento|lote|casa|bloco|sala|andar|étage|etage|bâtiment|bat|zimmer|og|stock|piso|puerta|int|interno|scala|#)\.?$/i;
/** Street words of faker's lists that are everyday words first (`solar`, a plot in Spanish: `Bloqueador Solar FPS 50`). */
const NOT_STREETS = new Set(['solar']);
/** Prefix street words, written before the street name (plus faker's street prefixes of all locales). */
const PREFIX_TYPES = new Set([
  'rue', 'avenue', 'boulevard', 'allée', 'place', 'chemin', 'impasse', 'quai', 'route', 'cours',
  'passage', 'voie', 'square', 'rua', 'avenida', 'travessa', 'alameda', 'praça', 'rodovia', 'estrada', 'largo', 'calle',
  'paseo', 'plaza', 'camino', 'carrer', 'carretera', 'ronda', 'via', 'vía', 'viale', 'piazza', 'corso', 'vicolo', 'strada',
  'ulica', 'aleja', 'plac', 'calzada', 'privada', 'cerrada', 'jalan', 'am', 'an', 'auf', 'im', 'zum', 'zur', 'carrera',
  'diagonal', 'transversal', 'c/', 'đường', 'phố', 'ngõ', 'hẻm', // and Vietnamese (`số 24 đường Lý Thường Kiệt`)
  'stryd', 'heol', 'ffordd', 'lôn', 'rhodfa', 'sgwâr', 'sráid', 'bóthar', 'ascaill', 'lána', 'cearnóg', // Welsh and Irish (`41 Stryd Fawr`)
  'улица', 'проспект', 'переулок', 'бульвар', 'шоссе', 'набережная', 'площадь', 'микрорайон', 'вулиця', 'провулок', // Russian and Ukrainian
  'calea', 'aleea', 'piața', 'piata', 'splaiul', 'șoseaua', 'soseaua', 'bulevardul', 'улица', // Romanian and Bulgarian
  ...[...STREET_PREFIXES].filter((p) => p.length > 3 && !NOT_STREETS.has(p)),
]);
/** Prefix words that are also everyday English: only capitalised do they start a street. */
const ENGLISH_PREFIXES = new Set(['via', 'route', 'place', 'passage', 'square', 'park', 'am', 'an', 'im', 'auf', 'zum', 'zur', 'plaza', 'cours', 'voie', 'largo', 'diagonal', 'transversal']);
/** Abbreviated prefixes count only when written with their dot (`ul.`, `Av.`), so `OS X 10` is no street. */
const ABBREVIATIONS = new Set(['av', 'ave', 'bd', 'ul', 'al', 'os', 'pl', 'blvd', 'jl', 'jln', 'r', 'pr', 'calz', 'priv', 'cda', 'prol', 'ул', 'пр', 'пер', 'наб', 'пл', 'мкр', 'вул', 'просп', 'str', 'șos', 'sos', 'bdul', 'b-dul', ...[...STREET_PREFIXES].filter((p) => p.length <= 3)]);

interface Tok { readonly w: string; readonly low: string; readonly start: number; readonly end: number }

/** The extension of a document or image file after a word of letters. */
const FILE_EXTENSION = /(?<=\p{L}{2})\.(?:pdf|docx?|odt|rtf|txt|xlsx?|csv|pptx?|jpe?g|png|heic|gif|tiff?|eml|msg)$/iu;

/** A slash after a word of two or more letters ends a URL path segment (`/maps/place/14 Adeola…`), not `c/` or `s/n`. */
const SEGMENT_SLASH = /(?<=\p{L}{2})\//u;

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && out.length < 600; m = TOKEN.exec(text)) {
    const slash = m[0].search(SEGMENT_SLASH);
    let w = slash > 0 ? m[0].slice(0, slash) : m[0];
    if (slash > 0) TOKEN.lastIndex = m.index + slash + 1; // the rest is read as the next token
    // A closing quote is not part of the word (`'811 Oak Street'`, an SQL literal); one inside it is (`O'Connell`).
    while (w.length > 1 && (w.endsWith("'") || w.endsWith('’'))) w = w.slice(0, -1);
    // A file's extension is not part of the word (`Tenancy agreement - 147 Church Road.pdf`).
    const ext = w.length > 4 && w.includes('.') ? w.search(FILE_EXTENSION) : -1;
    if (ext > 0) w = w.slice(0, ext);
    out.push({ w, low: w.toLowerCase().replace(/[.,]+$/, ''), start: m.index, end: m.index + w.length });
  }
  return out;
}

const isNum = (t: Tok): boolean => NUMBER.test(t.w);
const isCap = (t: Tok): boolean => /^\p{Lu}/u.test(t.w);
const isPrefix = (t: Tok): boolean => PREFIX_TYPES.has(t.low) || (ABBREVIATIONS.has(t.low) && t.w.endsWith('.'));
const isStreet = (t: Tok): boolean => isPrefix(t) || ((STREET_WORDS.has(t.low) || STREET_WORDS.has(`${t.low}.`)) && !ABBREVIATIONS.has(t.low) && !NOT_STREETS.has(t.low));
const isNamePart = (t: Tok): boolean => (isCap(t) && !isNum(t)) || /^[dl]['’]\p{Lu}/u.test(t.w) || PARTICLE.has(t.low) || DIRECTION.has(t.low) || /^\d{1,3}(?:st|nd|rd|th|e|er|ème)$/i.test(t.w);
/** German prefixes that are articles (`Am Markt 5`): they start a street only before its number, never after one (`9:15 AM`). */
const ARTICLE_PREFIXES = new Set(['am', 'an', 'im', 'auf', 'zum', 'zur']);
/**
 * A street type after a house number: a suffix type, also a capitalised abbreviation of a core
 * type (`Oak St`, `Elm Ave.`, `Mill Rd`), or a prefix type that is not a German article.
 */
const isSuffixType = (t: Tok): boolean => (isStreet(t) && !ARTICLE_PREFIXES.has(t.low)) || (CORE_SUFFIXES.has(t.low) && isCap(t));
const startsStreet = (t: Tok): boolean => (isPrefix(t) && (isCap(t) || !ENGLISH_PREFIXES.has(t.low))) || (isStreet(t) && t.low.length >= 4 && isCap(t));

/** Tokens i and j are adjacent when only spaces or one comma separate them. */
function joined(text: string, a: Tok, b: Tok): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ ,]*$/.test(gap) && !gap.includes(',,');
}

/** Extend a span over a secondary unit (`Apt. 950`, `Suite 200`, `4 OG`). */
function withSecondary(text: string, toks: readonly Tok[], j: number): number {
  const a = toks[j + 1];
  const b = toks[j + 2];
  if (a && b && joined(text, toks[j] as Tok, a) && joined(text, a, b)) {
    if (SECONDARY.test(a.w) && isNum(b)) return j + 2;
    if (isNum(a) && SECONDARY.test(b.w)) return j + 2;
  }
  return j;
}

/** A standalone street type at j, joined to the word before it and followed by a house number: the number's index, or -1. */
function standaloneAt(text: string, toks: readonly Tok[], j: number): number {
  const a = toks[j];
  const b = toks[j + 1];
  if (a === undefined || b === undefined || !STANDALONE.test(a.w.replace(/,$/, '')) || !joined(text, toks[j - 1] as Tok, a)) return -1;
  if (isNum(b)) return joined(text, a, b) ? j + 1 : -1;
  // Turkish `Atatürk Caddesi No: 45`: the number after `No:`.
  const c = toks[j + 2];
  return c !== undefined && /^No$/i.test(b.w) && joined(text, a, b) && isNum(c) && /^\.?: ?$/.test(text.slice(b.end, c.start)) ? j + 2 : -1;
}

/**
 * Words that number a level, a gate or a seat (`Level 3 Food Court`, `Gate 47`, `Platform 2`): the number
 * after one is no house number. Not `Block`, `Lot` or `Unit`, which start addresses (`Blk 123 Ang Mo Kio Ave 3`).
 */
const LEVEL_WORDS = new Set(['level', 'floor', 'gate', 'terminal', 'platform', 'hall', 'bay', 'dock', 'pier', 'stage', 'step', 'page', 'seat', 'row', 'aisle', 'zone', 'zones', 'sector', 'room', 'table', 'track', 'chapter', 'season', 'episode', 'round', 'phase', 'tier',
  'courtroom', 'ward', 'bed', 'booth', 'counter', 'desk', 'window', 'cubicle', 'locker']);

/** Platforms and tracks in other languages (`Bahnsteig 7`, `Gleis 3`, `binario 5`): not a street and its number. */
const PLATFORM_WORDS = new Set(['bahnsteig', 'gleis', 'perron', 'spor', 'binario', 'andén', 'anden', 'plataforma', 'peron']);

/** Seasons and months: before a number they date an issue or a term (`Spring 2025`). */
const SEASON_OR_MONTH = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december']);

/** The halves of a day and time zones, in capitals, as dates print them (`Sat Jun 14 10:41:09 AM UTC 2025`). */
const TIME_WORDS = new Set(['AM', 'PM', 'UTC', 'GMT', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'BST', 'IST', 'EST', 'EDT', 'CST', 'CDT',
  'MST', 'MDT', 'PST', 'PDT', 'AKST', 'AKDT', 'HST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'JST', 'KST', 'SGT', 'HKT', 'WAT', 'EAT', 'CAT', 'SAST', 'MSK']);

/** Words before `Court` that make it a place in a building or a law court, not a street. */
const NOT_STREET_COURTS = new Set(['food', 'tennis', 'basketball', 'squash', 'badminton', 'supreme', 'high', 'county', 'district', 'magistrates', 'crown', 'family', 'appeals',
  'immigration', 'juvenile', 'probate', 'bankruptcy', 'federal', 'superior', 'municipal', 'circuit', 'tax']);

/** Currency codes and signs written after an amount (`76 000 FCFA`): the number before them is no house number. */
const CURRENCY = /^(?:FCFA|CFA|XOF|XAF|NGN|KES|Ksh|GHS|ZAR|USD|EUR|GBP|INR|BRL|MXN|COP|ARS|CLP|PEN|EGP|MAD|TZS|UGX|AED|SAR|TRY|IDR|PHP|PKR)[.,]?$/;
/** `#`, `No.`, `N°` between a numbered street and the house number (Colombia, Venezuela, Central America). */
const NUMBER_SIGN = /^(?:#|[Nn][oº°]\.?)$/;

/** A street type, its number, a number sign and the house number (`Calle 85 # 9-24`). */
function numberedStreetAt(text: string, toks: readonly Tok[], i: number): boolean {
  const [a, b, c] = [toks[i + 1], toks[i + 2], toks[i + 3]];
  return a !== undefined && b !== undefined && c !== undefined && /^\d{1,3}[A-Za-z]?$/.test(a.w) && NUMBER_SIGN.test(b.w) && /^\d{1,3}[A-Za-z]?-\d{1,3},?$/.test(c.w) && joined(text, toks[i] as Tok, a);
}

/** A postcode (`130 00`, `00-514`, `10115`, `1010`) and a capitalised town after a house number. */
const POSTCODE_TOWN = /^,? {1,2}(?:\d{3} \d{2}|\d{2}-\d{3}|\d{4,5}) {1,2}\p{Lu}\p{Ll}/u;

/** True when word i, a name, is followed by a house number, a postcode and a town. */
function postcodeAfter(text: string, toks: readonly Tok[], i: number): boolean {
  const [w, n] = [toks[i] as Tok, toks[i + 1]];
  if (n === undefined || !isNum(n) || !/\d/.test(n.w) || !joined(text, w, n) || COMMON_WORDS.has(w.low) || SEASON_OR_MONTH.has(w.low)) return false;
  return POSTCODE_TOWN.test(text.slice(n.end, n.end + 16));
}

/** A unit of measure right after a number (`750 ml`, `2 kg`): a quantity. */
const UNIT_AFTER = /^ ?(?:ml|cl|l|g|kg|mg|oz|lb|lbs|cm|mm|km)\b/i;

/** The minutes of a time right after a number (`10:30`). */
const TIME_AFTER = /^:[0-5]\d/;

/** A date (`2024-03-07.`): no house number. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The word for a house before its number in Russian, Ukrainian and Romanian addresses. */
const HOUSE_WORD = /^(?:д\.|дом|буд\.|nr\.)$/;

/** Find address spans; returns [start, end) pairs of character offsets. */
export function addressSpans(text: string, keyed = false): Array<[number, number]> {
  const t = tokens(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < t.length; i++) {
    const ti = t[i] as Tok;
    let end = -1;
    let num = -1;
    if (isNum(ti) && t[i + 1] !== undefined && CURRENCY.test((t[i + 1] as Tok).w)) {
      // An amount (`76 000 FCFA de …`), not a house number.
    } else if (isNum(ti) && i > 0 && LEVEL_WORDS.has((t[i - 1] as Tok).low) && joined(text, t[i - 1] as Tok, ti)) {
      // A level, gate or seat number (`Level 3 Food Court`), not a house number.
    } else if (isNum(ti) && !ISO_DATE.test(ti.w)) {
      // Number first: names then a suffix type, or a prefix type then names.
      for (let j = i + 1; j < Math.min(t.length, i + 7); j++) {
        const tj = t[j] as Tok;
        if (!joined(text, t[j - 1] as Tok, tj)) break;
        // A food court, a tennis court or a law court (`28 Mall Food Court`, `12 Supreme Court`) is no street.
        if (tj.low === 'court' && NOT_STREET_COURTS.has((t[j - 1] as Tok).low)) break;
        // A lowercase prefix word that is also English (`via`, `place`) is a street type only right after the number
        // (`12 place Vendôme`), not after other words (`paid via Airtel Money`); a lowercase `via` never is, since Italian puts
        // the number after the street (`450 via Airtel Money` is an amount).
        const english = !isCap(tj) && ENGLISH_PREFIXES.has(tj.low) && (j > i + 1 || tj.low === 'via');
        if (isSuffixType(tj) && (isCap(tj) || keyed || isPrefix(tj)) && (j > i + 1 || isPrefix(tj)) && !english) {
          let k = j;
          if (isPrefix(tj)) while (k + 1 < t.length && k < j + 5 && joined(text, t[k] as Tok, t[k + 1] as Tok) && isNamePart(t[k + 1] as Tok)) k++;
          // `5 Key Points` is a headline: with only everyday words, the suffix must be a core street type.
          const everyday = t.slice(i + 1, j).every((x) => COMMON_WORDS.has(x.low));
          const core = isPrefix(tj) || CORE_SUFFIXES.has(tj.low);
          if ((k > j || j > i + 1) && !(everyday && !core)) {
            // A type word that is part of the name before a core type (`7391 Pine Ridge Ct`, `12 Oak Hill Road`): up to the core type.
            const after = t[k + 1];
            end = withSecondary(text, t, !core && after !== undefined && joined(text, t[k] as Tok, after) && CORE_SUFFIXES.has(after.low) && isCap(after) ? k + 1 : k);
            break;
          }
          // Everyday words before a type word that may be part of the name (`Pine Ridge`): a core type may follow.
          if (core) break;
        }
        if (j === i + 1 && COMPOUND_EN.test(tj.w) && (t[j + 1] === undefined || !isNamePart(t[j + 1] as Tok) || SECONDARY.test((t[j + 1] as Tok).w))) {
          end = withSecondary(text, t, j); // `91 Kingsway`, `1600 Broadway`
          break;
        }
        if (j === i + 1 && NUMBER_FIRST_COMPOUND.test(tj.w)) {
          end = withSecondary(text, t, j); // `94 Kerkstraat`, `12 Lindenallee`: a one-word street name, number first as maps write it
          break;
        }
        if (!isNamePart(tj)) break;
      }
    } else if (TIME_WORDS.has(ti.w)) {
      // `10:41:09 AM UTC 2025`: the half of a day and a time zone before a year, not a street and its number.
    } else if (isCap(ti) && (num = standaloneAt(text, t, i + 1)) >= 0) {
      end = withSecondary(text, t, num); // `Ratiborer Str. 384`, `Berliner Allee 5`, `Atatürk Caddesi No: 45`
    } else if (isCap(ti) && t[i + 1] && isCap(t[i + 1] as Tok) && joined(text, ti, t[i + 1] as Tok) && (num = standaloneAt(text, t, i + 2)) >= 0) {
      end = withSecondary(text, t, num); // `Karl Johans gate 37`
    } else if (isCap(ti) && postcodeAfter(text, t, i)) {
      end = i + 1; // `Vinohradská 1325/257, 130 00 Praha 3`: a street named without a street word, its number, then a postcode and a town
    } else if (startsStreet(ti) && numberedStreetAt(text, t, i)) {
      end = i + 3; // `Calle 85 # 9-24`, `Carrera 7 No. 45-10`: a numbered street, then the number of the house
    } else if (SEASON_OR_MONTH.has(ti.low) || PLATFORM_WORDS.has(ti.low)) {
      // `Spring 2025`, `March 2024`: a term or an issue, not a street and its number.
    } else if (startsStreet(ti) || COMPOUND.test(ti.w)) {
      // Street first: type, names, then the number (`Via Roma 10`, `Hauptstraße 12`).
      const limit = COMPOUND.test(ti.w) ? i + 1 : i + 6;
      for (let j = i + 1; j <= Math.min(t.length - 1, limit); j++) {
        const tj = t[j] as Tok;
        if (!joined(text, t[j - 1] as Tok, tj)) break;
        // A time (`…, 10:30`) is not the house number, nor a quantity (`Hill Estate Shiraz 750 ml`).
        if (isNum(tj) && (TIME_AFTER.test(text.slice(tj.end, tj.end + 3)) || UNIT_AFTER.test(text.slice(tj.end, tj.end + 5)))) break;
        if (isNum(tj) && (j > i + 1 || COMPOUND.test(ti.w))) {
          end = withSecondary(text, t, j);
          break;
        }
        // Russian, Ukrainian and Romanian write the house after `д.`, `буд.` or `nr.` (`ул. Тверская, д. 7`, `Str. Florilor nr. 12`).
        const next = t[j + 1];
        if (j > i + 1 && HOUSE_WORD.test(tj.w) && next !== undefined && isNum(next) && joined(text, tj, next)) {
          end = withSecondary(text, t, j + 1);
          break;
        }
        if (!isNamePart(tj) || COMMON_WORDS.has(tj.low) || LEVEL_WORDS.has(tj.low) || (j === i + 1 && NUMBER_SIGN.test(tj.w))) break; // `Court No. 24` is a courtroom
      }
    }
    if (end >= 0) {
      spans.push([ti.start, (t[end] as Tok).end]);
      i = end;
    }
  }
  return spans;
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]{3,}/u;

/** A frame of a stack trace or a call in code (`Actor.reload() + 96`, `(Cache.swift:19)`): its numbers are no house numbers. */
const CODE_FRAME = /\w\(\)|\.(?:swift|java|kt|js|ts|py|rb|go|cs|mm?|cpp|c|h|dart|scala):\d/;

/**
 * A street and its number in Chinese (`天河北路88号`, `忠孝東路四段211號`): a road word, an optional section, the
 * number and 号/號, with what follows it (building, floor, room).
 */
const CJK_STREET = /[\p{sc=Han}]{0,24}?[\p{sc=Han}](?:路|街|大道|巷|弄)(?:[一二三四五六七八九十\d]{1,3}段)?\d{1,5}[号號][A-Za-z\d\p{sc=Han}]{0,12}/gu;

/** A secondary unit and its number, alone. */
const UNIT_ONLY = /^(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|level|bldg|building|piso|étage|etage|stock)\.? ?#?\d{1,4}[a-z]?$/i;

/** Find street addresses written in Chinese in text. */
export function findCjkAddresses(text: string, emit: Emit): void {
  CJK_STREET.lastIndex = 0;
  for (let n = 0; n < 4; n++) {
    const m = CJK_STREET.exec(text);
    if (!m) return;
    emit('STREET_ADDRESS', m[0], 0.8);
  }
}

/** A citation of a rule or a statute (`Fed. R. Civ. P. 26(b)(1)`, `15 U.S.C. § 78j`): its `R.` and numbers are no street. */
const LEGAL_CITATION = /\bR\. (?:Civ|Crim|Evid|App|Bankr)\. P\.|\bU\.S\.C\.|\bC\.F\.R\./;

/** Find street addresses in text. */
export function findAddresses(text: string, emit: Emit): void {
  if (CODE_FRAME.test(text) || LEGAL_CITATION.test(text)) return;
  for (const [s, e] of addressSpans(text)) emit('STREET_ADDRESS', text.slice(s, e).replace(/[.,]$/, ''), 0.8);
}

/** A whole value under an address key: a found span, or any short text with a number and words. */
export function addressByKey(value: string, kc: KeyCtx, emit: Emit): void {
  if ((kc.hints & H.ADDRESS) === 0) return;
  const v = value.trim();
  if (v.length < 5 || v.length > 200 || v.includes('@') || v.includes('://') || /^[\d.:a-f]+$/i.test(v)) return;
  // A unit alone (`Floor 4`, `Apt 5B`, `Suite 200` on an address's second line) locates nobody without its street.
  if (UNIT_ONLY.test(v)) return;
  if (addressSpans(v, true).length > 0) emit('STREET_ADDRESS', v, 0.9);
  // Chinese, Japanese and Korean addresses are written without spaces (`東京都渋谷区神南1-11-9`).
  else if (/\d/.test(v) && CJK_RUN.test(v)) emit('STREET_ADDRESS', v, 0.8);
  else if (/\d/.test(v) && /\p{L}{2,}.*\s|\s.*\p{L}{2,}/u.test(v) && !/^0x[0-9a-f]+$/i.test(v)) emit('STREET_ADDRESS', v, 0.7);
}

/**
 * Addresses typed casually, in lowercase and without commas, read only with a postcode after them: US
 * (`4189 maple ave apt 3b springfield il 62704`) and number-first streets of French, Spanish, Italian and
 * Portuguese (`12 rue de la paix 75002 paris`).
 */
const CASUAL_US = /\b\d{1,6} (?:[a-z]{2,20} ){1,3}(?:st|street|ave|avenue|rd|road|ln|lane|dr|drive|blvd|boulevard|ct|court|pl|place|way|ter|terrace|cir|circle|hwy|highway|pkwy|parkway)\.?(?:,? (?:apt|unit|suite|ste|#)\.? ?[a-z0-9]{1,5})?,? (?:[a-z]{2,20} ){1,3}(?:[a-z]{2},? )?\d{5}(?:-\d{4})?\b/gi;
const CASUAL_PREFIX = /\b\d{1,5}(?: ?bis| ?ter)?,? (?:rue|avenue|boulevard|bd|chemin|allée|allee|impasse|quai|calle|avenida|paseo|viale|piazza|corso|rua|travessa|alameda) (?:(?:de la|du|des|de|del|della|di|da|do|dos|das) )?[a-zà-ÿ'-]{2,30}(?: [a-zà-ÿ'-]{2,30}){0,3},? \d{4,5}\b/gi;

export function findCasualAddresses(text: string, emit: Emit): void {
  for (const re of [CASUAL_US, CASUAL_PREFIX]) {
    re.lastIndex = 0;
    for (let n = 0; n < 4; n++) {
      const m = re.exec(text);
      if (!m) break;
      emit('STREET_ADDRESS', m[0], 0.75);
    }
  }
}
