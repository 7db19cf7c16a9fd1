import type { Faker } from '@faker-js/faker';
import type { Entity } from '../findings/entities.js';
import { type Fakers, pick } from './_fakers.js';
import type { Pii } from './positives.js';
import { coordinate, hashOf, positive } from './positives.js';
import { freeText, stackTrace } from './texts.js';
import type { Field } from './types.js';

/** Ways a value is written. */
export const DISGUISES = [
  'plain', 'weak', 'percent', 'percent2', 'base64', 'base64url', 'base64-json', 'json', 'url-query', 'url-path',
  'url-fragment', 'url-userinfo', 'mailto', 'tel', 'stack-trace', 'free-text', 'gravatar', 'correlated',
] as const;
/** One disguise. */
export type Disguise = (typeof DISGUISES)[number];

const COMMON: Disguise[] = ['plain', 'percent', 'base64', 'json', 'url-query', 'free-text'];
/** Disguises that make sense for each entity. */
export const APPLICABLE: Readonly<Record<Exclude<Entity, 'URL_WITH_PII_QUERY'>, readonly Disguise[]>> = {
  EMAIL: [...COMMON, 'weak', 'percent2', 'base64url', 'base64-json', 'url-path', 'url-fragment', 'mailto', 'stack-trace'],
  PHONE: [...COMMON, 'weak', 'tel', 'stack-trace', 'base64-json'],
  IP_ADDRESS: [...COMMON, 'stack-trace', 'base64url'],
  CREDIT_CARD: [...COMMON, 'base64-json', 'percent2'],
  IBAN: [...COMMON, 'base64url'],
  US_SSN: [...COMMON, 'weak', 'base64-json'],
  PERSON_NAME: [...COMMON, 'weak', 'base64-json'],
  STREET_ADDRESS: [...COMMON, 'base64-json'],
  GEO_COORDINATES: [...COMMON, 'weak'],
  JWT: ['plain', 'json', 'url-query', 'url-fragment', 'free-text', 'stack-trace', 'percent'],
  API_KEY: [...COMMON, 'stack-trace'],
  PASSWORD: [...COMMON, 'url-userinfo', 'base64url'],
  UUID_USER_ID: ['plain', 'json', 'url-path', 'url-query', 'free-text', 'base64-json', 'percent'],
  MAC_ADDRESS: [...COMMON, 'weak'],
  USER_AGENT: [...COMMON, 'base64url'],
  DATE_OF_BIRTH: [...COMMON, 'weak', 'base64-json'],
  UNSALTED_HASH_OF_EMAIL: ['plain', 'gravatar', 'correlated', 'json', 'url-query'],
  FILE_PATH_WITH_USERNAME: [...COMMON, 'stack-trace', 'url-path'],
};

const SECRETS = new Set<Entity>(['API_KEY', 'JWT', 'PASSWORD']);
const NEUTRAL = ['data', 'payload', 'ctx', 'blob', 'state', 'meta', 'extra', 'info', 'detail', 'note', 'message', 'description', 'comment'];
const URL_KEYS = ['url', '$current_url', 'page_url', 'referrer', 'http.url', 'redirect_uri', 'link', 'href', 'url.full'];

/** Percent-encode; values with nothing to escape are escaped character by character. */
export function percentEncode(value: string): string {
  const e = encodeURIComponent(value);
  return e !== value ? e : Array.from(value, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`).join('');
}

function keyOf(f: Faker, pii: Pii, neutralOk: boolean): string {
  return neutralOk && pii.strong && f.number.int(2) === 0 ? pick(f, NEUTRAL) : pick(f, pii.keys);
}

function innerJson(f: Faker, key: string, value: unknown): Record<string, unknown> {
  return { event: pick(f, ['form_submit', 'profile_update', 'checkout']), [key]: value, ts: f.date.recent().toISOString(), v: 2 };
}

function url(f: Faker, query: string): string {
  const host = pick(f, ['app.example.com', 'www.shop.example', 'api.acme.io', 'portal.example.org']);
  return `https://${host}/${pick(f, ['account', 'reset', 'signup', 'checkout/confirm', 'search', 'v1/profile'])}?${query}`;
}

/** Write a personal value in a disguise; returns the fields (relative paths) and their labels. */
export function disguise(fk: Fakers, pii: Pii, how: Disguise): Field[] {
  const f = fk.rng;
  const e = pii.entity;
  const v = pii.value;
  const field = (key: string, value: unknown, label: Entity | undefined = e, body = false): Field => ({ path: [key], value, ...(label ? { label } : {}), disguise: how, ...(body ? { body } : {}) });
  switch (how) {
    case 'plain': return [field(keyOf(f, pii, true), v)];
    case 'weak': return weak(fk, pii);
    case 'percent': return [field(keyOf(f, pii, true), percentEncode(v))];
    case 'percent2': return [field(keyOf(f, pii, true), percentEncode(percentEncode(v)))];
    case 'base64': return [field(keyOf(f, pii, true), Buffer.from(v).toString('base64'))];
    case 'base64url': return [field(keyOf(f, pii, true), Buffer.from(v).toString('base64url'))];
    case 'base64-json': return [field(pick(f, ['state', 'ctx', 'token_data', 'session_blob']), Buffer.from(JSON.stringify(innerJson(f, pick(f, pii.keys), v))).toString('base64'))];
    case 'json': return [field(pick(f, ['payload', 'meta', 'extra', 'context_json', 'raw']), JSON.stringify(innerJson(f, pick(f, pii.keys), v)))];
    case 'url-query': {
      const q = `${pick(f, ['utm_source=newsletter&', 'page=2&', 'lang=en&', ''])}${encodeURIComponent(pick(f, pii.keys))}=${encodeURIComponent(v)}${pick(f, ['&ref=home', '&v=3', ''])}`;
      return [field(pick(f, URL_KEYS), url(f, q), SECRETS.has(e) ? e : 'URL_WITH_PII_QUERY')];
    }
    case 'url-path': {
      if (e === 'UUID_USER_ID') return [field(pick(f, URL_KEYS), `https://api.example.com/v2/${pick(f, ['users', 'accounts', 'customers', 'members'])}/${v}/${pick(f, ['orders', 'settings', 'sessions'])}`)];
      if (e === 'FILE_PATH_WITH_USERNAME') return [field(pick(f, ['source', 'file_url', 'uri']), `file://${v.startsWith('/') ? v : `/${v.replace(/\\/g, '/')}`}`)];
      return [field(pick(f, URL_KEYS), `https://lists.example.com/unsubscribe/${encodeURIComponent(v)}/confirm`)];
    }
    case 'url-fragment': {
      const frag = e === 'EMAIL' ? `email=${encodeURIComponent(v)}` : `access_token=${v}&token_type=bearer&expires_in=3600`;
      return [field(pick(f, URL_KEYS), `https://app.example.com/callback#${frag}`)];
    }
    case 'url-userinfo': return [field(pick(f, ['database_url', 'dsn_url', 'proxy', 'connection']), `postgres://${pick(f, ['app', 'admin', 'svc_reporting'])}:${encodeURIComponent(v)}@db.internal:5432/${pick(f, ['app', 'prod'])}`)];
    case 'mailto': return [field(pick(f, ['link', 'href', 'contact_link']), `mailto:${v}?subject=${encodeURIComponent('Your order')}`)];
    case 'tel': return [field(pick(f, ['link', 'href', 'call_link']), `tel:${v.replace(/\s*(?:x|ext\.?)\s*\d+$/i, '').replace(/[^\d+]/g, '')}`)];
    case 'stack-trace': return [field(pick(f, ['stack', 'stack_trace', 'exception.stacktrace', 'error_stack']), stackTrace(f, e, v))];
    case 'free-text': return [field(pick(f, ['message', 'body', 'description', 'comment', 'log', 'note', 'error_message']), freeText(f, e, v), e, true)];
    case 'gravatar': {
      const email = positive(fk, 'EMAIL').value;
      return [field(pick(f, ['avatar_url', 'avatar', 'image', 'picture']), `https://www.gravatar.com/avatar/${hashOf(f, email, ['md5', 'sha256'])}?s=${pick(f, [80, 200])}&d=identicon`)];
    }
    case 'correlated': {
      const email = positive(fk, 'EMAIL').value;
      return [field(pick(f, ['email', 'contact', 'login']), email, 'EMAIL'), field(pick(f, ['uid_hash', 'external_ref', 'match_key', 'lookup_id', 'fingerprint']), hashOf(f, email))];
    }
  }
}

/** The weak-alone forms, identifiable only by their key. */
function weak(fk: Fakers, pii: Pii): Field[] {
  const f = fk.rng;
  const e = pii.entity;
  const field = (key: string, value: unknown): Field => ({ path: [key], value, label: e, disguise: 'weak' });
  switch (e) {
    case 'US_SSN': {
      const bare = pii.value.replace(/\D/g, '');
      return [field(pick(f, pii.keys), f.datatype.boolean() && !bare.startsWith('0') ? Number(bare) : bare)];
    }
    case 'DATE_OF_BIRTH': {
      const d = f.date.birthdate({ mode: 'age', min: 18, max: 90 });
      const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
      return [field(pick(f, ['bday', 'dob', 'birthdate']), f.datatype.boolean() ? Number(ymd) : ymd)];
    }
    case 'MAC_ADDRESS': return [field(pick(f, ['mac', 'mac_address', 'device_mac']), pii.value.replace(/[^0-9a-fA-F]/g, ''))];
    case 'EMAIL': {
      const [local, domain] = pii.value.split('@') as [string, string];
      const dot = pick(f, [' dot ', ' [dot] ', '.']);
      const at = pick(f, [' at ', ' [at] ', ' (at) ']);
      return [field(pick(f, ['email', 'contact_email', 'user_email']), `${local}${at}${domain.split('.').join(dot)}`)];
    }
    case 'PHONE': return [field(pick(f, ['phone', 'mobile', 'phone_number']), pick(f, [`${f.number.int({ min: 2, max: 9 })}${f.string.numeric(2)}${f.number.int({ min: 2, max: 9 })}${f.string.numeric(6)}`, `0${f.number.int({ min: 1, max: 9 })}${f.string.numeric(8)}`]))];
    case 'PERSON_NAME': return [field(pick(f, ['first_name', 'given_name', 'last_name', 'surname', 'firstName']), pii.value.split(' ').filter((t) => !/\.$/.test(t) && t.length > 2)[0] ?? pii.value)];
    case 'GEO_COORDINATES': {
      const lat = coordinate(f, 85);
      const lon = coordinate(f, 179);
      const shape = pick(f, [{ lat, lon }, { latitude: lat, longitude: lon }, { lat, lng: lon, accuracy: f.number.int(50) }]);
      if (f.number.int(3) === 0) return [{ path: ['$geoip_latitude'], value: lat, label: e, disguise: 'weak' }, { path: ['$geoip_longitude'], value: lon, label: e, disguise: 'weak' }];
      return [field(pick(f, ['geo', 'location', 'coords', 'position']), shape)];
    }
    default: return [field(pick(f, pii.keys), pii.value)];
  }
}
