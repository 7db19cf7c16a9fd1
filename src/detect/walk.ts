import { escapePointerSegment } from '../_pointer.js';
import type { KeyCtx } from './_hit.js';
import type { Scan } from './_scan.js';
import { geoObject, geoPair, trimmedPair } from './entities/geo.js';
import { H, hintsUnder, keyInfo as info, type KeyInfo, Member, Parent, parentKind } from './keys.js';
import { scanNumber } from './keyed.js';

/**
 * Iterative walk of any JSON value (no recursion, so 100k-deep nesting cannot overflow the
 * stack), keeping the key context: the nearest key name, its parent's, and attribute keys
 * (`{key: 'user.email', value: {stringValue: …}}` scans the string as `user.email`; also `{name,
 * value}`, `{Key, Value}` and `{Name, Value}`). Only
 * containers get a frame; a leaf is reported with its container and segment, and its pointer
 * reference is built only when something is found in it.
 */

/** A pointer reference: a segment and the reference it sits under. */
export interface Ref {
  readonly up: Ref | undefined;
  readonly seg: string;
}

/** Segment of the root (no pointer segment). */
export const ROOT = '\u0000root';

/** RFC 6901 pointer of a reference (`~` → `~0`, `/` → `~1`). */
export function pointerOf(ref: Ref | undefined): string {
  const segs: string[] = [];
  for (let r = ref; r !== undefined && r.seg !== ROOT; r = r.up) segs.push(escapePointerSegment(r.seg));
  return segs.length === 0 ? '' : `/${segs.reverse().join('/')}`;
}

/** What the walker reports: a leaf with its key, hints, container reference and segment. */
export interface Visitor {
  string(value: string, key: string | undefined, hints: number, up: Ref | undefined, seg: string): void;
  number(value: number, key: string | undefined, hints: number, up: Ref | undefined, seg: string): void;
  geo(raw: string, key: string | undefined, ref: Ref): void;
  /** True to skip the node at (up, seg) and all below it. */
  skip?(up: Ref | undefined, seg: string): boolean;
}

/** A container to visit; it is also its own pointer reference. */
interface Frame extends Ref {
  readonly value: object;
  readonly key: string | undefined;
  readonly hints: number;
  readonly norm: string;
  readonly parentNorm: string;
}

/** A companion measure with its unit (`accuracy_m`, `altitude_ft`, `speed_kmh`). */
const COMPANION_WITH_UNIT = /^(?:alt|altitude|accuracy|acc|heading|speed|bearing|elevation|precision|radius)(?:m|meters|metres|ft|km|kmh|kph|mph|mps|deg|degrees)$/;
const GEO_COMPANIONS = new Set(['alt', 'altitude', 'accuracy', 'acc', 'heading', 'speed', 'bearing', 'elevation', 'timestamp', 'ts', 't', 'time', 'type', 'source', 'provider', 'precision', 'radius']);

/** Walk `root`, visiting strings, numbers and coordinate objects/arrays; at most `maxNodes` nodes. */
export function walk(root: unknown, rootKc: KeyCtx, visitor: Visitor, maxNodes: number): void {
  const rootNorm = rootKc.key === undefined ? '' : info(rootKc.key).norm;
  if (typeof root === 'string') return visitor.string(root, rootKc.key, rootKc.hints, undefined, ROOT);
  if (typeof root === 'number') return visitor.number(root, rootKc.key, rootKc.hints, undefined, ROOT);
  if (root === null || typeof root !== 'object') return;
  const stack: Frame[] = [{ value: root, up: undefined, seg: ROOT, key: rootKc.key, hints: rootKc.hints, norm: rootNorm, parentNorm: '' }];
  const seen = new Set<object>();
  const skip = visitor.skip;
  let budget = maxNodes;
  while (stack.length > 0 && budget > 0) {
    const f = stack.pop() as Frame;
    if (ArrayBuffer.isView(f.value)) continue;
    try {
      budget -= Array.isArray(f.value) ? visitArray(f.value, f, stack, seen, visitor, skip) : visitObject(f.value as Record<string, unknown>, f, stack, seen, visitor, skip);
    } catch {
      // A hostile object (throwing getter, revoked proxy): skip it, keep walking.
    }
  }
}

/** Visit one child: leaves now, containers later (pushed). */
function visitChild(value: unknown, f: Frame, seg: string, key: string | undefined, hints: number, norm: string, parentNorm: string, stack: Frame[], seen: Set<object>, visitor: Visitor): void {
  if (typeof value === 'string') visitor.string(value, key, hints, f, seg);
  else if (typeof value === 'number') visitor.number(value, key, hints, f, seg);
  else if (value !== null && typeof value === 'object' && !repeats(value, f, seen)) stack.push({ value, up: f, seg, key, hints, norm, parentNorm });
}

/** Containers on the path that are compared one by one before the walk keeps a set. */
const PATH_CHECKS = 32;

/**
 * True when `value` is a container on its own path (a cycle). Parsed JSON has none, and a set of every
 * container would cost an identity hash for each: the nearest 32 containers of the path are compared, and
 * only deeper ones go in `deep`, so a longer cycle is cut on its second turn. A value shared by two
 * properties (never in parsed JSON) is walked under each, as each is a place it was written to.
 */
function repeats(value: object, f: Frame, deep: Set<object>): boolean {
  let r: Frame | undefined = f;
  for (let i = 0; i < PATH_CHECKS && r !== undefined; i++) {
    if (r.value === value) return true;
    r = r.up as Frame | undefined;
  }
  if (r === undefined) return false;
  if (deep.has(value)) return true;
  deep.add(value);
  return false;
}

/** Pointer segments of the first array indexes, made once. */
const INDEX_SEGS: readonly string[] = Array.from({ length: 256 }, (_, i) => String(i));

function visitArray(arr: readonly unknown[], f: Frame, stack: Frame[], seen: Set<object>, visitor: Visitor, skip: Visitor['skip']): number {
  if ((f.hints & H.GEO) !== 0) {
    const raw = geoPair(arr);
    if (raw !== undefined) {
      visitor.geo(raw, f.key, f);
      return 1;
    }
  }
  // Analytics `properties` are an object; a list of them lists properties (hotels, buildings), each a place.
  const norm = f.norm === 'properties' ? 'property' : f.norm;
  for (let i = 0; i < arr.length; i++) {
    const seg = i < INDEX_SEGS.length ? (INDEX_SEGS[i] as string) : String(i);
    if (skip === undefined || !skip(f, seg)) visitChild(arr[i], f, seg, f.key, f.hints, norm, f.parentNorm, stack, seen, visitor);
  }
  return arr.length + 1;
}

/** An OCR or extraction field (`{text, confidence, bbox}`): its text keeps the field's key (`date_of_birth`). */
const OCR_FIELD = /\b(?:confidence|score|bbox|boundingBox|bounding_box|polygon|geometry)\b/;
/** The type of an object that is an app, a service, a group, a rule or a device, not a person (`AppUser` is a person). */
const THING_TYPE = /(?:^|[.#])(?:public|private)?(?:client)?(?:app(?:lication)?(?:instance)?|(?:service|system)(?:principal)?|serviceaccount|bot|integration|connector|workflow|(?:user|security|distribution|mail|admin)?group(?:rule)?|policy(?:rule|entity)?|(?:api|access|auth|personalaccess)?token|apikey|role|device|rule)$/i;
/** Keys that name the object they are in. */
const NAMING_KEY = /^(?:name|displayname|alternateid|title|label)$/;
/** The parts of a password change inside a password object. */
const PASSWORD_PART = /^(?:old|new|current|previous|confirm|confirmation|repeat|again|next)$/;
/** An HTTP method. */
const HTTP_METHOD = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
/** Id types that say the id is a phone number. */
const MSISDN = /^(?:msisdn|phone|phonenumber|phone_number|mobile)$/i;
/** Key infos of the object being visited, one scratch array per nesting of walks (walkNested re-enters). */
const scratch: KeyInfo[][] = [];
let reentry = 0;

function visitObject(obj: Record<string, unknown>, f: Frame, stack: Frame[], seen: Set<object>, visitor: Visitor, skip: Visitor['skip']): number {
  const infos = (scratch[reentry] ??= []);
  reentry++;
  try {
    return visitKeys(obj, infos, f, stack, seen, visitor, skip);
  } finally {
    reentry--;
  }
}

function visitKeys(obj: Record<string, unknown>, infos: KeyInfo[], f: Frame, stack: Frame[], seen: Set<object>, visitor: Visitor, skip: Visitor['skip']): number {
  // The keys are read once and walked twice (what they say about the object, then each child).
  const keys = Object.keys(obj);
  const kind = parentKind(f.norm);
  const personal = kind === Parent.Person;
  let n = 0;
  let geo = 0;
  let journey = false;
  const page = f.norm === 'page';
  let web = false;
  let namePart = false;
  let msisdn = false;
  let members = 0;
  let request = false;
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j] as string;
    const ki = info(k);
    infos[n++] = ki;
    geo |= (personal ? ki.personal : ki.plain) & (H.LAT | H.LON);
    journey ||= ki.journey;
    web ||= ki.web;
    namePart ||= ki.namePart;
    members |= ki.member;
    if (ki.httpMethod && !request) request = HTTP_METHOD.test(String(obj[k]));
    if (ki.idType && !msisdn) msisdn = MSISDN.test(String(obj[k]));
  }
  const clear = geo === (H.LAT | H.LON) && n <= 12 && coordinateObject(obj, keys, infos, f, personal, visitor) ? H.LAT | H.LON : 0;
  // Among other properties, a latitude and a longitude of which one has four decimals are both reported: JSON drops
  // trailing zeros (`home_longitude: -6.308` beside `home_latitude: 53.33518`).
  const pair = geo === (H.LAT | H.LON) && clear === 0 && precisePair(obj, keys, infos, n, personal);
  // A Segment `group` call: its `traits` describe the group (`{name: 'Emirates NBD', plan, seats}`), not a person.
  const group = (members & (Member.Type | Member.GroupId)) === (Member.Type | Member.GroupId) && obj.type === 'group';
  // An audit record's actor or target of a kind that is no person (Okta's `{type: 'PublicClientApp', displayName: …}`,
  // a `ServicePrincipal`, a `GroupRule`): its display name names the app, the group or the rule.
  const thingTyped =
    ((members & Member.Type) !== 0 && typeof obj.type === 'string' && obj.type.length <= 64 && THING_TYPE.test(obj.type)) ||
    // An object with a product id or a SKU, not inside a person, is a product (Segment's `Product Viewed`
    // `properties: {product_id, name: 'Max Havelaar Koffiebonen'}`): its name names the product.
    ((members & Member.Product) !== 0 && !personal) ||
    // A Segment `page` or `screen` call: its `name` names the page (`Loan Apply`).
    ((members & Member.Type) !== 0 && (obj.type === 'page' || obj.type === 'screen'));
  const valueMember =
    n <= 4 && (members & Member.Value) !== 0 ? 'value'
    : n <= 4 && (members & Member.ValueCap) !== 0 ? 'Value'
    : n <= 6 && (members & Member.Text) !== 0 && OCR_FIELD.test(keys.join(' ')) ? 'text'
    : undefined;
  const attrKey = valueMember === undefined ? undefined : attributeKey(obj, valueMember === 'Value');
  for (let i = 0; i < n; i++) {
    const k = keys[i] as string;
    const ki = infos[i] as KeyInfo;
    if (skip !== undefined && skip(f, k)) continue;
    const value = obj[k];
    if (pair && typeof value === 'number' && ((personal ? ki.personal : ki.plain) & (H.LAT | H.LON)) !== 0) {
      visitor.geo(String(value), k, { up: f, seg: k });
    } else if (ki.wrapper) {
      visitChild(value, f, k, f.key, f.hints & ~clear, f.norm, f.parentNorm, stack, seen, visitor);
    } else if (attrKey !== undefined && k === valueMember && attrKey.length <= 128) {
      const ai = info(attrKey);
      visitChild(value, f, k, attrKey, hintsUnder(ai, kind), ai.norm, f.norm, stack, seen, visitor);
    } else if (attrKey === undefined && k === valueMember && f.hints !== 0) {
      // A small object holding a value (Terraform's `{sensitive, type, value}`, SCIM's `{value, type, primary}`)
      // keeps the key it sits under: `db_password: {value: …}` is a password, `phoneNumbers: [{value: …}]` phones.
      visitChild(value, f, k, f.key, f.hints & ~clear, f.norm, f.parentNorm, stack, seen, visitor);
    } else if ((f.hints & H.PASSWORD) !== 0 && PASSWORD_PART.test(ki.norm)) {
      // The parts of a password change (`password: {old, new, confirm}`) are passwords.
      visitChild(value, f, k, k, hintsUnder(ki, kind) | H.PASSWORD, ki.norm, f.norm, stack, seen, visitor);
    } else if (ki.norm === 'path' && (page || request || (web && isUrlPath(obj, value)))) {
      // A page's `path` (Segment's `context.page.path`, the path of the `url` beside it, or of a request beside its
      // `method: GET`) is the path of a web page, not of a file.
      visitChild(value, f, k, k, hintsUnder(ki, kind) | H.WEB_PATH, ki.norm, f.norm, stack, seen, visitor);
    } else if (group && k === 'traits') {
      visitChild(value, f, k, k, hintsUnder(ki, kind), 'grouptraits', f.norm, stack, seen, visitor);
    } else if (msisdn && ki.idValue) {
      // MTN MoMo's `{partyIdType: 'MSISDN', partyId: '237690878988'}`: the id is a phone number.
      visitChild(value, f, k, k, hintsUnder(ki, kind) | H.PHONE, ki.norm, f.norm, stack, seen, visitor);
    } else if (namePart && ki.foreignName) {
      // `{prenom, nom}`, `{nome, cognome}`, `{nombre, apellidos}`: beside a part of a name, `nom` is the surname and `nombre` the given name.
      visitChild(value, f, k, k, (hintsUnder(ki, kind) & ~H.NAME_WEAK) | H.NAME, ki.norm, f.norm, stack, seen, visitor);
    } else if (thingTyped && NAMING_KEY.test(ki.norm)) {
      visitChild(value, f, k, k, (hintsUnder(ki, kind) & ~(H.NAME | H.NAME_WEAK)) | H.PLACE, ki.norm, f.norm, stack, seen, visitor);
    } else if (journey && ki.endpoint) {
      // `{from: 'London Euston', to: 'Fort William', dep: '21:15'}`: the ends of a leg are places.
      visitChild(value, f, k, k, (hintsUnder(ki, kind) & ~(H.EMAIL | H.EMAIL_HASH | H.NAME | H.NAME_WEAK)) | H.PLACE, ki.norm, f.norm, stack, seen, visitor);
    } else {
      visitChild(value, f, k, k, hintsUnder(ki, kind) & ~clear, ki.norm, f.norm, stack, seen, visitor);
    }
  }
  return n + 1;
}

/** True when `value` is the path of the object's `url` (`{path: '/home/support', url: 'https://x.example/home/support'}`). */
function isUrlPath(obj: Record<string, unknown>, value: unknown): boolean {
  const url = obj.url ?? obj.href;
  return typeof value === 'string' && typeof url === 'string' && value.startsWith('/') && url.includes(value);
}

/**
 * The key an attribute-shaped object gives its value: OTLP's `{key, value}`, `{name, value}`, and
 * their capitalised forms (AWS tags `{Key, Value}`, M-Pesa callback items `{Name, Value}`).
 */
function attributeKey(obj: Record<string, unknown>, capital: boolean): string | undefined {
  const key = capital ? obj.Key : obj.key;
  if (typeof key === 'string') return key;
  const name = capital ? obj.Name : obj.name;
  return typeof name === 'string' && !((capital ? 'Key' : 'key') in obj) ? name : undefined;
}

/** True when the object's latitude and longitude numbers are in range, one of them has four decimals, and they are no ratios. */
function precisePair(obj: Record<string, unknown>, keys: readonly string[], infos: readonly KeyInfo[], n: number, personal: boolean): boolean {
  let lat: number | undefined;
  let lon: number | undefined;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const h = personal ? (infos[i] as KeyInfo).personal : (infos[i] as KeyInfo).plain;
    if ((h & (H.LAT | H.LON)) === 0) continue;
    count++;
    const v = obj[keys[i] as string];
    if (typeof v !== 'number') continue;
    if ((h & H.LAT) !== 0) lat = v;
    else lon = v;
  }
  // Exactly one latitude and one longitude: with more (`lat` beside `$geoip_latitude`) each is read on its own.
  return count === 2 && lat !== undefined && lon !== undefined && trimmedPair(lat, lon);
}

/**
 * A coordinate object ({lat, lon}, {latitude, longitude, accuracy}) is one finding at the
 * object; coordinates among other properties are reported where they are. True when reported.
 */
function coordinateObject(obj: Record<string, unknown>, keys: readonly string[], infos: readonly KeyInfo[], f: Frame, personal: boolean, visitor: Visitor): boolean {
  const raw = geoObject(obj, keys, (k) => (personal ? info(k).personal : info(k).plain));
  if (raw === undefined) return false;
  if ((f.hints & H.GEO) === 0) {
    // Every other member is a companion measure (the walk's key infos, in the order of `keys`).
    for (let i = 0; i < keys.length; i++) {
      const ki = infos[i] as KeyInfo;
      if (((personal ? ki.personal : ki.plain) & (H.LAT | H.LON)) === 0 && !GEO_COMPANIONS.has(ki.norm) && !COMPANION_WITH_UNIT.test(ki.norm)) return false;
    }
  }
  visitor.geo(raw, f.key, f);
  return true;
}

/** Walk a value found inside a string (stringified JSON): every hit belongs to the outer leaf. */
export function walkNested(root: object, kc: KeyCtx, scan: Scan, scanString: (text: string, kc: KeyCtx, scan: Scan) => void): void {
  const emit = (entity: Parameters<Scan['sink']>[0]['entity'], raw: string, confidence: number): void => {
    scan.sink({ entity, raw, confidence, layers: scan.layers });
  };
  walk(root, kc, {
    string: (s, key, hints) => scanString(s, { key, hints }, scan),
    number: (num, key, hints) => scanNumber(num, { key, hints }, emit),
    geo: (raw) => emit('GEO_COORDINATES', raw, 0.85),
  }, 5000);
}
