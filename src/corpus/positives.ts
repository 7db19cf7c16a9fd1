import type { Faker } from '@faker-js/faker';
import { createHash } from 'node:crypto';
import { base62, crc32, luhnValid } from '../detect/checksums.js';
import type { Entity } from '../findings/entities.js';
import { type Fakers, locale, pick } from './_fakers.js';

/** One personal value or secret, with key names it is typically written under. */
export interface Pii {
  readonly entity: Entity;
  readonly value: string;
  /** Keys that name it (required for values weak alone). */
  readonly keys: readonly string[];
  /** True when the format is recognisable under any key. */
  readonly strong: boolean;
}

const PHONE_LOCALES = ['en_US', 'en_GB', 'de', 'fr', 'en_IN', 'pt_BR'] as const;
const CARD_ISSUERS = ['visa', 'mastercard', 'american_express', 'discover', 'jcb', 'diners_club'];
const IBAN_COUNTRIES = ['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'BE', 'AT', 'CH', 'PL', 'PT', 'IE', 'SE', 'NO', 'DK', 'FI'];

function luhnComplete(f: Faker, prefix: string, length: number): string {
  let body = prefix + f.string.numeric(length - prefix.length - 1);
  for (let d = 0; d < 10; d++) if (luhnValid(body + d)) return body + d;
  body = body.slice(0, -1);
  return luhnComplete(f, prefix, length);
}

/** A Luhn-valid card number printed compact, in groups of four with spaces, or with dashes. */
export function cardNumber(f: Faker): string {
  let digits = f.finance.creditCardNumber({ issuer: pick(f, CARD_ISSUERS) }).replace(/\D/g, '');
  if (!luhnValid(digits) || digits.length < 13) digits = luhnComplete(f, '4', 16);
  const sep = pick(f, ['', ' ', '-']);
  if (sep === '') return digits;
  if (digits.length === 15) return [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep);
  return digits.match(/.{1,4}/g)?.join(sep) ?? digits;
}

/** A valid US SSN (area 001–899 except 666, group 01–99, serial 0001–9999). */
export function ssn(f: Faker): string {
  let area = f.number.int({ min: 1, max: 899 });
  if (area === 666) area = 667;
  const group = f.number.int({ min: 1, max: 99 });
  const serial = f.number.int({ min: 1, max: 9999 });
  return `${String(area).padStart(3, '0')}-${String(group).padStart(2, '0')}-${String(serial).padStart(4, '0')}`;
}

/** A public IPv4 or IPv6 address, or a private one (private addresses are personal too). */
export function ipAddress(f: Faker): string {
  const kind = f.number.int(9);
  if (kind <= 1) {
    const ip = f.internet.ipv6();
    return /^ff/i.test(ip) ? `2001:db8:${ip.slice(10)}` : ip; // ff00::/8 is multicast, not a host
  }
  if (kind === 2) return `10.${f.number.int(255)}.${f.number.int(255)}.${f.number.int({ min: 1, max: 254 })}`;
  if (kind === 3) return `192.168.${f.number.int(255)}.${f.number.int({ min: 1, max: 254 })}`;
  for (;;) {
    const ip = f.internet.ipv4();
    const parts = ip.split('.').map(Number);
    const a = parts[0] as number;
    if (a !== 0 && a !== 127 && a < 224 && !parts.every((p) => p < 10)) return ip;
  }
}

/** A GitHub token with a valid CRC32 checksum. */
export function githubToken(f: Faker): string {
  const entropy = f.string.alphanumeric(30);
  return `${pick(f, ['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_${entropy}${base62(crc32(entropy))}`;
}

/** A live-format secret of a named provider. */
export function apiKey(f: Faker): Pii {
  const an = (n: number): string => f.string.alphanumeric(n);
  const b64url = (n: number): string => f.string.fromCharacters('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', n);
  const value = pick(f, [
    () => `AKIA${f.string.alphanumeric({ length: 16, casing: 'upper' })}`,
    () => `ASIA${f.string.alphanumeric({ length: 16, casing: 'upper' })}`,
    () => githubToken(f),
    () => `sk_live_${an(pick(f, [24, 34, 99]))}`,
    () => `rk_live_${an(24)}`,
    () => `xox${pick(f, ['b', 'p', 'a', 'r', 's'])}-${f.string.numeric(12)}-${f.string.numeric(12)}-${an(24)}`,
    () => `AIza${b64url(35)}`,
    () => `sk-proj-${b64url(pick(f, [48, 74, 156]))}`,
    () => `sk-${an(48)}`,
    () => `sk-ant-api03-${b64url(93)}AA`,
    () => `npm_${an(36)}`,
    () => `SG.${b64url(22)}.${b64url(43)}`,
  ])();
  return { entity: 'API_KEY', value, keys: ['api_key', 'apiKey', 'token', 'secret', 'access_token', 'auth_token', 'credentials', 'x-api-key', 'key_value', 'note'], strong: true };
}

/** A generic high-entropy secret, only recognisable under a secret-looking key. */
export function genericSecret(f: Faker): Pii {
  const value = pick(f, [
    () => f.string.alphanumeric(pick(f, [24, 32, 40])),
    () => f.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' }),
    () => f.string.fromCharacters('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+', 40),
  ])();
  return { entity: 'API_KEY', value, keys: ['client_secret', 'api_secret', 'secret_key', 'aws_secret_access_key', 'webhook_secret', 'private_key', 'auth_token', 'apiToken'], strong: false };
}

/** A date of birth in one of several common formats. */
export function birthDate(f: Faker): string {
  const d = f.date.birthdate({ mode: 'age', min: 18, max: 90 });
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return pick(f, [`${y}-${m}-${day}`, `${y}${m}${day}`, `${day}/${m}/${y}`, `${m}/${day}/${y}`, `${day}.${m}.${y}`, `${month} ${Number(day)}, ${y}`, `${y}-${m}-${day}T00:00:00Z`]);
}

/** A coordinate with 4–7 decimals as written. */
export function coordinate(f: Faker, max: number): number {
  for (;;) {
    const v = f.number.float({ min: -max, max, fractionDigits: f.number.int({ min: 4, max: 7 }) });
    const s = String(v);
    if (s.includes('.') && s.length - s.indexOf('.') - 1 >= 4 && !s.includes('e')) return v;
  }
}

/** A browser User-Agent (crawlers excluded). */
export function browserUserAgent(f: Faker): string {
  for (;;) {
    const ua = f.internet.userAgent();
    if (ua.startsWith('Mozilla/5.0 (') && !/bot|crawl|spider/i.test(ua)) return ua;
  }
}

/** md5, sha1 or sha256 of an email, hex. */
export function hashOf(f: Faker, email: string, algorithms: readonly string[] = ['md5', 'sha1', 'sha256']): string {
  return createHash(pick(f, algorithms)).update(email.trim().toLowerCase()).digest('hex');
}

/** A username for a home directory. */
export function homeUser(f: Faker): string {
  return pick(f, [f.person.firstName().toLowerCase(), f.internet.username().replace(/[^\w.-]/g, ''), `${f.person.firstName()[0]}${f.person.lastName()}`.toLowerCase()]).replace(/[^\w.-]/g, '') || 'jdoe';
}

/** A fresh personal value or secret of `entity` (UNSALTED_HASH_OF_EMAIL and URL_WITH_PII_QUERY are built by disguises). */
export function positive(fk: Fakers, entity: Entity): Pii {
  const f = fk.rng;
  const lf = locale(fk);
  switch (entity) {
    case 'EMAIL': return { entity, value: pick(f, [lf.internet.email(), lf.internet.email({ provider: pick(f, ['example.com', 'mail.co.uk', 'web.de', 'corp.example.org']) }), `${lf.internet.username()}+${f.word.noun()}@${f.internet.domainName()}`]).replace(/[^\w.+@-]/g, ''), keys: ['email', 'user_email', 'contact_email', '$email', 'email_address', 'recipient', 'login', 'mail'], strong: true };
    case 'PHONE': {
      const pf = fk.byLocale[pick(f, PHONE_LOCALES)];
      const value = pf.phone.number({ style: pick(f, ['human', 'national', 'international'] as const) });
      return { entity, value, keys: ['phone', 'phone_number', 'mobile', 'tel', 'contact_phone', 'msisdn', 'whatsapp', 'telephone'], strong: /[+\s().-]/.test(value) };
    }
    case 'IP_ADDRESS': return { entity, value: ipAddress(f), keys: ['ip', '$ip', 'client_ip', 'remote_addr', 'ip_address', 'x_forwarded_for', 'client.address', 'source_ip'], strong: true };
    case 'CREDIT_CARD': return { entity, value: cardNumber(f), keys: ['card_number', 'card', 'cc', 'payment_card', 'pan', 'cardNumber'], strong: true };
    case 'IBAN': return { entity, value: f.finance.iban({ formatted: f.datatype.boolean(), countryCode: pick(f, IBAN_COUNTRIES) }), keys: ['iban', 'bank_account', 'payout_iban', 'account_iban'], strong: true };
    case 'US_SSN': return { entity, value: ssn(f), keys: ['ssn', 'social_security_number', 'applicant_ssn', 'ssn_number', 'taxpayer_ssn'], strong: true };
    case 'PERSON_NAME': return { entity, value: pick(f, [lf.person.fullName(), `${lf.person.firstName()} ${lf.person.lastName()}`, `${lf.person.firstName()} ${lf.person.lastName()}`]), keys: ['full_name', 'customer_name', 'name', 'display_name', 'contact_name', 'recipient_name', 'customer', 'author', 'cardholder_name'], strong: false };
    case 'STREET_ADDRESS': return { entity, value: lf.location.streetAddress(f.datatype.boolean()), keys: ['address', 'street_address', 'street', 'address_line1', 'shipping_address', 'billing_address', 'home_address'], strong: false };
    case 'GEO_COORDINATES': return { entity, value: `${coordinate(f, 85)},${coordinate(f, 179)}`, keys: ['location', 'geo', 'coords', 'latlng', 'position'], strong: true };
    case 'JWT': return { entity, value: f.internet.jwt(), keys: ['id_token', 'jwt', 'session_token', 'access_token', 'token'], strong: true };
    case 'API_KEY': return f.number.int(3) === 0 ? genericSecret(f) : apiKey(f);
    case 'PASSWORD': return { entity, value: pick(f, [f.internet.password(), f.internet.password({ length: 12, memorable: true }), `${f.word.noun()}${f.number.int(99)}!`]), keys: ['password', 'pwd', 'passwd', 'db_password', 'user_pass', 'passphrase', 'new_password'], strong: false };
    case 'UUID_USER_ID': return { entity, value: f.string.uuid(), keys: ['user_id', 'userId', 'account_id', 'customer_id', 'member_id', 'owner_id', 'enduser.id', 'uid', 'user.id'], strong: false };
    case 'MAC_ADDRESS': return { entity, value: f.internet.mac({ separator: pick(f, [':', '-', ':']) }), keys: ['mac', 'mac_address', 'device_mac', 'bssid', 'wifi_mac'], strong: true };
    case 'USER_AGENT': return { entity, value: browserUserAgent(f), keys: ['user_agent', 'userAgent', 'ua', '$raw_user_agent', 'user_agent.original', 'http.user_agent'], strong: true };
    case 'DATE_OF_BIRTH': return { entity, value: birthDate(f), keys: ['dob', 'date_of_birth', 'birthdate', 'birthday', 'bday', 'birth_date'], strong: false };
    case 'FILE_PATH_WITH_USERNAME': {
      const u = homeUser(f);
      const file = `${f.system.fileName()}`;
      return { entity, value: pick(f, [`/Users/${u}/projects/${f.word.noun()}/${file}`, `/home/${u}/.config/${f.word.noun()}/${file}`, `C:\\Users\\${u}\\AppData\\Local\\${f.word.noun()}\\${file}`, `/Users/${u}/Library/Logs/${file}`]), keys: ['path', 'file', 'cwd', 'script', 'log_file', 'config_path', 'code.filepath'], strong: true };
    }
    default: {
      const email = positive(fk, 'EMAIL').value;
      return { entity: 'UNSALTED_HASH_OF_EMAIL', value: hashOf(f, email), keys: ['email_hash', 'email_md5', 'hashed_email', 'email_sha256', 'emailHash'], strong: false };
    }
  }
}
