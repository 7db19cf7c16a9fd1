import type { KeyCtx } from './_hit.js';
import { percentDecode } from './decode.js';
import { H, keyInfo } from './keys.js';

/**
 * `key=value`, `key: value` and `--key=value` pairs inside free text (log lines, connection strings,
 * headers, command lines, config dumps), so that values weak alone are recognised by their key there too
 * (`login failed ssn=123456789 pwd=hunter2`; also a record dump's aligned `EMP-DOB        : 1985-03-26`). A value starts on the key's line (`JWT_SECRET=` then a
 * newline has no value), and a template reference (`${DB_PASSWORD}`, `{{ .Values.password }}`) is one
 * value, which the checks then take for the placeholder it is; so is an HTTP credential with its scheme
 * (`Authorization: Basic b3Rh…`). A key scoped to a registry in an `.npmrc` (`//npm.example.org/:_password=…`) is a
 * key too. At most 32 pairs per string.
 */

const PAIR = /(?:^|[\s,;&{(|?=]|\/:)(?:--?)?["']?([A-Za-z_$][\w.$-]{0,40})["']?[ \t]{0,24}(?::|=|=>)[ \t]{0,2}(?:"([^"\n]{1,256})"|'([^'\n]{1,256})'|(\$\{[^}\s]{1,64}\}|\{\{[^}\n]{1,64}\}\}|\[[A-Za-z _-]{1,40}\]|(?:Basic|Bearer) [A-Za-z0-9+/_.~=-]{8,512})|([^\s,;&"'|)}\]]{1,256}))/g;
/**
 * Values that are code, not data: variable and parameter references (`login(password: $password)`,
 * `:email`, `@pwd`, `?`); letters only, so `@dmin123` stays a credential.
 */
const CODE_REF = /^(?:[$:@][A-Za-z_]{1,40}|\?)$/;
/** A GraphQL type, the value of a `$variable: Type` definition (`$password: String!`). */
const GRAPHQL_TYPE = /^\[?[A-Z]\w{0,40}!?\]?!?$/;
/** Words joined by `+`, as forms encode spaces. */
const PLUS_WORDS = /^\p{L}[\p{L}\p{M}'’-]*(?:\+\p{L}[\p{L}\p{M}'’-]*)+$/u;
/** A capitalised word and a space ending the text before a key. */
const PLACE_BEFORE = /\p{Lu}[\p{Ll}\p{M}'’-]+ $/u;
/** The word ending the text before a key (`patient ` before `name=`). */
const WORD_BEFORE = /(?:^|[^A-Za-z])([A-Za-z]{3,20})$/;
/** Hints worth a pair: the weak-alone entities and credentials. */
const USEFUL = H.SSN | H.DOB | H.MAC | H.PASSWORD | H.SECRET | H.PHONE | H.EMAIL | H.USER_ID | H.EMAIL_HASH | H.LAT | H.LON | H.GEO | H.NAME | H.IP;

/** One pair found in text, with its key context. */
export interface TextPair {
  readonly value: string;
  readonly kc: KeyCtx;
}

/** Pairs in text whose key says something about the value. */
export function textPairs(text: string): TextPair[] {
  const out: TextPair[] = [];
  // A form-encoded body (`beneficiary=Aisha+Al+Suwaidi&iban=…`): its values are read decoded (`+` is a space).
  const form = text.includes('&') && !/\s/.test(text);
  PAIR.lastIndex = 0;
  for (let n = 0; n < 64 && out.length < 32; n++) {
    const m = PAIR.exec(text);
    if (!m) break;
    const key = m[1] as string;
    // `Sabine Pass: surge 3 to 5 ft`: a pass after a capitalised name is a mountain pass, not a password key.
    if (key === 'Pass' && PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index + 1))) continue;
    let hints = keyInfo(key).plain;
    // `checked in patient name="…"`, `driver name: …`: the word before a bare `name` says whose name it is.
    if ((hints & USEFUL) === 0 && (key === 'name' || key === 'Name') && m[0].charCodeAt(0) === 32) {
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 21), m.index))?.[1];
      if (word !== undefined) hints = keyInfo(`${word}_name`).plain & H.NAME;
    }
    if ((hints & USEFUL) === 0) {
      // `body=subscriber_ssn=078667809&plan=HMO`, `payload={"ssn":"…"}`: a value that holds pairs is read for them.
      const bare = m[5];
      // `visitor: Passwort: Hund2020!`: a value that ends in a colon is the next pair's key.
      if (bare !== undefined && (bare.includes('=') || bare.startsWith('{') || bare.startsWith('[') || bare.endsWith(':'))) PAIR.lastIndex = m.index + m[0].length - bare.length - 1;
      continue;
    }
    const value = m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    if (value.length === 0 || CODE_REF.test(value) || (key.startsWith('$') && GRAPHQL_TYPE.test(value))) continue;
    // A name in a form body among other text (`titular=Rocío+Hernández+Muñoz&numero=…`): `+` joins its words.
    const joined = !form && (hints & H.NAME) !== 0 && m[5] !== undefined && PLUS_WORDS.test(value) ? value.replace(/\+/g, ' ') : value;
    out.push({ value: form ? percentDecode(value, true) : joined, kc: { key, hints } });
  }
  if (CJK.test(text)) cjkPairs(text, out);
  return out;
}

const CJK = /[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana}]/u;
/** A key in Chinese, Japanese or Korean before a colon, full-width or not (`顾客：张伟`, `电话: 187-6099-1235`, `이름: 김민준`). */
const CJK_PAIR = /(?:^|[\s,，;；、])([\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana}]{1,12})[ \t]{0,4}[:：][ \t]{0,2}([^\s,，;；、]{1,256})/gu;

/** Pairs whose key is written in Chinese, Japanese or Korean (order prints, receipts, forms). */
function cjkPairs(text: string, out: TextPair[]): void {
  CJK_PAIR.lastIndex = 0;
  for (let n = 0; n < 32 && out.length < 32; n++) {
    const m = CJK_PAIR.exec(text);
    if (!m) return;
    const key = m[1] as string;
    const hints = keyInfo(key).plain;
    if ((hints & USEFUL) !== 0) out.push({ value: m[2] as string, kc: { key, hints } });
  }
}
