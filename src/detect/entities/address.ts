import type { Emit, KeyCtx } from '../_hit.js';
import { H } from '../keys.js';
import { COMMON_WORDS, STREET_WORDS } from './_dictionaries.js';

/**
 * Street addresses in the shapes of several address systems, with street-type words taken from
 * faker's locale data (`Street`, `Ave`, `Rue`, `Calle`, `Via`, `Rua`, `-straße`, `-straat`…):
 * number first (`12 Main Street`, `12 rue de la Paix`, `673 Rodovia Valentina`), street first
 * (`Calle Mayor 5`, `Via Roma, 10`, `Rua Augusta, 1234`), compound (`Hauptstraße 12`).
 * Text beyond 4 KB is not scanned for addresses.
 */

const MAX_TEXT = 4096;
const TOKEN = /[\p{L}\p{M}\p{N}'’.#º°-]+/gu;
const NUMBER = /^(?:#|n[º°o]\.?)?\d{1,6}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?,?$/;
const COMPOUND = /^\p{Lu}[\p{L}\p{M}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|ufer|chaussee|pfad|steig|markt|graben|kamp|straat|laan|gracht|plein|singel|kade|vej|gade|gatan|vägen|gata|veien|gränd|torget|utca|ulica)[,.]?$/u;
const PARTICLE = new Set(['de', 'la', 'le', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'of', 'the', "d'", 'l', 'los', 'las', 'van', 'von', 'am', 'an', 'im', 'e', 'y']);
const DIRECTION = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);
const SECONDARY = /^(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|apto|apartamento|lote|casa|bloco|sala|andar|étage|etage|bâtiment|bat|zimmer|og|stock|piso|puerta|int|interno|scala|#)\.?$/i;
/** Prefix street words, written before the street name. */
const PREFIX_TYPES = new Set([
  'rue', 'avenue', 'av', 'ave', 'boulevard', 'bd', 'allée', 'place', 'chemin', 'impasse', 'quai', 'route', 'cours',
  'passage', 'voie', 'square', 'rua', 'avenida', 'travessa', 'alameda', 'praça', 'rodovia', 'estrada', 'largo', 'calle',
  'paseo', 'plaza', 'camino', 'carrer', 'carretera', 'ronda', 'via', 'viale', 'piazza', 'corso', 'vicolo', 'strada',
  'ul', 'ulica', 'al', 'aleja', 'os', 'pl', 'plac', 'blvd', 'calzada', 'privada', 'cerrada', 'jl', 'jln', 'jalan',
]);

interface Tok { readonly w: string; readonly low: string; readonly start: number; readonly end: number }

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null && out.length < 600; m = TOKEN.exec(text)) {
    out.push({ w: m[0], low: m[0].toLowerCase().replace(/[.,]+$/, ''), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isNum = (t: Tok): boolean => NUMBER.test(t.w);
const isCap = (t: Tok): boolean => /^\p{Lu}/u.test(t.w);
const isStreet = (t: Tok): boolean => STREET_WORDS.has(t.low) || STREET_WORDS.has(`${t.low}.`) || PREFIX_TYPES.has(t.low);
const isNamePart = (t: Tok): boolean => (isCap(t) && !isNum(t)) || PARTICLE.has(t.low) || DIRECTION.has(t.low);

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

/** Find address spans; returns [start, end) pairs of character offsets. */
export function addressSpans(text: string, keyed = false): Array<[number, number]> {
  const t = tokens(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < t.length; i++) {
    const ti = t[i] as Tok;
    let end = -1;
    if (isNum(ti)) {
      // Number first: names then a suffix type, or a prefix type then names.
      for (let j = i + 1; j < Math.min(t.length, i + 7); j++) {
        const tj = t[j] as Tok;
        if (!joined(text, t[j - 1] as Tok, tj)) break;
        if (isStreet(tj) && (isCap(tj) || keyed) && (j > i + 1 || PREFIX_TYPES.has(tj.low))) {
          let k = j;
          if (PREFIX_TYPES.has(tj.low)) while (k + 1 < t.length && k < j + 5 && joined(text, t[k] as Tok, t[k + 1] as Tok) && isNamePart(t[k + 1] as Tok)) k++;
          if (k > j || j > i + 1) end = withSecondary(text, t, k);
          break;
        }
        if (!isNamePart(tj)) break;
      }
    } else if ((PREFIX_TYPES.has(ti.low) && isCap(ti)) || COMPOUND.test(ti.w)) {
      // Street first: type, names, then the number (`Via Roma 10`, `Hauptstraße 12`).
      const limit = COMPOUND.test(ti.w) ? i + 1 : i + 6;
      for (let j = i + 1; j <= Math.min(t.length - 1, limit); j++) {
        const tj = t[j] as Tok;
        if (!joined(text, t[j - 1] as Tok, tj)) break;
        if (isNum(tj) && (j > i + 1 || COMPOUND.test(ti.w))) {
          end = withSecondary(text, t, j);
          break;
        }
        if (!isNamePart(tj) || COMMON_WORDS.has(tj.low)) break;
      }
    }
    if (end >= 0) {
      spans.push([ti.start, (t[end] as Tok).end]);
      i = end;
    }
  }
  return spans;
}

/** Find street addresses in text. */
export function findAddresses(text: string, emit: Emit): void {
  for (const [s, e] of addressSpans(text)) emit('STREET_ADDRESS', text.slice(s, e).replace(/[.,]$/, ''), 0.8);
}

/** A whole value under an address key: a found span, or any short text with a number and words. */
export function addressByKey(value: string, kc: KeyCtx, emit: Emit): void {
  if ((kc.hints & H.ADDRESS) === 0) return;
  const v = value.trim();
  if (v.length < 5 || v.length > 200 || v.includes('@') || v.includes('://') || /^[\d.:a-f]+$/i.test(v)) return;
  if (addressSpans(v, true).length > 0) emit('STREET_ADDRESS', v, 0.9);
  else if (/\d/.test(v) && /\p{L}{2,}.*\s|\s.*\p{L}{2,}/u.test(v) && !/^0x[0-9a-f]+$/i.test(v)) emit('STREET_ADDRESS', v, 0.7);
}
