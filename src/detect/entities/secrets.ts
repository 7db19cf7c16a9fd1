import type { Emit, KeyCtx } from '../_hit.js';
import { githubTokenValid } from '../checksums.js';
import { H } from '../keys.js';

/**
 * Live secret formats (API_KEY) and credentials under secret-looking keys (API_KEY, PASSWORD).
 * Only live formats count: Stripe `sk_live_`/`rk_live_` but not `sk_test_`/`pk_live_`; PostHog
 * `phc_` project keys, Sentry DSNs and other public client keys are not secrets (DESIGN rule 7).
 */

const FORMATS = [
  '(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])', // AWS access key id
  'gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9])', // GitHub (CRC32-checked below)
  'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])', // GitHub fine-grained PAT
  '(?:sk|rk)_live_[A-Za-z0-9]{20,247}(?![A-Za-z0-9])', // Stripe live secret / restricted
  'xox[bpars]-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])', // Slack
  'AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])', // Google API key
  'sk-ant-(?:api|admin|oat|sid)\\d{2}-[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])', // Anthropic
  'sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,250}(?![A-Za-z0-9_-])', // OpenAI project / service keys
  'sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}(?![A-Za-z0-9])', // OpenAI legacy
  'sk-[A-Za-z0-9]{32,64}(?![A-Za-z0-9_-])', // OpenAI-style
  'npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])', // npm
  'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])', // SendGrid
  'glpat-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])', // GitLab
  'hf_[A-Za-z]{34}(?![A-Za-z0-9])', // Hugging Face
  'shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])', // Shopify
  'do[opr]_v1_[a-f0-9]{64}(?![A-Za-z0-9])', // DigitalOcean
  'xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-f0-9]{40,80}', // Slack app-level
  'https://hooks\\.slack\\.com/services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{16,32}', // Slack webhook
  '-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----', // private key
];
const SECRET_RE = new RegExp(`(?<![A-Za-z0-9_-])(?:${FORMATS.join('|')})`, 'g');

/** Find live secrets of known formats in text. */
export function findSecrets(text: string, emit: Emit): void {
  SECRET_RE.lastIndex = 0;
  for (let n = 0; n < 16; n++) {
    const m = SECRET_RE.exec(text);
    if (!m) return;
    const s = m[0];
    if (/^gh[pousr]_/.test(s) && !githubTokenValid(s)) continue;
    emit('API_KEY', s, 0.95);
  }
}

/** The shape of a classic GitHub token (`ghp_` and 36 base62 characters, the last six a CRC32). */
const GITHUB_SHAPE = /^gh[pousr]_[A-Za-z0-9]{36}$/;
const SHA_HEX = /^[0-9a-f]{64}$/;
const CUED = /(?<![:/])\b(api[ _-]?key|key|token|secret|credential|bearer|access[ _-]?key|apikey)s?\b(?: (?:[a-z]{1,10} ){0,3}(?:is|was|are))?["']?[\s:=]{1,3}["']?([A-Za-z0-9+/_.=-]{20,512})/gi;
/** Kinds of key that are no credential, just before the word `key` (`cache miss key=9f1c…`, `idempotency key …`, `object key …`). */
const NOT_CREDENTIAL_KEY = /(?:cache|object|idempotency|dedup|deduplication|lookup|partition|shard|lock|routing|sort|primary|foreign)(?: [a-z]{1,8})?[ _-]?$/i;

/** High-entropy tokens right after a credential word in text (`using key 8EzQ…`, `Bearer abc…`). */
export function findCuedSecrets(text: string, emit: Emit): void {
  CUED.lastIndex = 0;
  for (let n = 0; n < 8; n++) {
    const m = CUED.exec(text);
    if (!m) return;
    const token = (m[2] as string).replace(/[.=]+$/, (t) => (t.includes('=') ? t : ''));
    // After a word in text (weaker than a key), a sha256 of hex digits is a digest (`cache hit key=3a7c…`; 40 hex digits may be a token);
    // a public key (`peer public key L4w+…=`) is public, and a cache, object or idempotency key no credential.
    if (SHA_HEX.test(token) || /public[\s_-]*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if ((m[1] as string).toLowerCase() === 'key' && NOT_CREDENTIAL_KEY.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // `deploy key /home/ubuntu/.ssh/id_ed25519.pub`: a file path after the word, not the key.
    if (FILE_PATH.test(token)) continue;
    if (GITHUB_SHAPE.test(token) && !githubTokenValid(token)) continue; // a fake GitHub token, its CRC32 failing
    if (!token.startsWith('eyJ') && looksRandom(token)) emit('API_KEY', token, 0.75);
  }
}

/** Public keys, test keys, and ids of payment objects (`tok_…` card tokens, `pm_…`, `cus_…`: usable only with a secret key). */
const PUBLIC = /^(?:phc_|phx_|pk_(?:live|test)_|sk_test_|rk_test_|pk\.|pub[_-]|public[_-]|https?:\/\/[0-9a-f]{16,}@|(?:tok|pm|src|card|cus|pi|ch|seti|acct|btok)_[A-Za-z0-9]{8,})/i;
const PLACEHOLDER = /^(?:\*+|x+|X+|•+|\.+|-+|_+|\?+|#+|0+|null|nil|none|undefined|true|false|n\/a|na|empty|redacted|\[redacted\]|<redacted>|\(redacted\)|\[filtered\]|\[hidden\]|\(sensitive(?: value)?\)|\(known after apply\)|<hidden>|hidden|masked|\[masked\]|secret|password|changeme|your[_-]?(?:api[_-]?key|token|secret|password)|<[^>]{1,40}>|\{\{[^}]{1,40}\}\}|\$\{[^}]{1,40}\}|\$[A-Z_][A-Z0-9_]{1,40}|%[sd]|process\.env\.[A-Za-z_]+)$/i;

/** A word in capitals in brackets, in any language (`[HIDDEN]`, `[СКРЫТО]`, `[VERBORGEN]`). */
const BRACKETED_WORD = /^[[<(]\p{Lu}[\p{Lu} _-]{1,30}[\]>)]$/u;

/** A redaction written as words in capitals (CloudTrail's `HIDDEN_DUE_TO_SECURITY_REASONS`, `REDACTED_FOR_PRIVACY`). */
const REDACTION_WORDS = /^(?:HIDDEN|REDACTED|MASKED|OMITTED|REMOVED|SENSITIVE)(?:_[A-Z]+){1,6}$/;

/** True when a credential-looking value is a placeholder, not a real credential. */
export function isPlaceholder(value: string): boolean {
  return value.length === 0 || PLACEHOLDER.test(value) || /^(.)\1+$/.test(value) || BRACKETED_WORD.test(value) || REDACTION_WORDS.test(value);
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** A digest named by its algorithm (`hmac-sha256:23d6…`, Vault's audit HMACs; `sha256:9f86…`, image digests). */
const DIGEST_WITH_ALGORITHM = /^(?:hmac-)?(?:sha-?(?:1|224|256|384|512)|md5|blake2[bs]?(?:-\d+)?):[0-9a-f]{32,}$/i;

/** A product and its version, as in a user agent (`HeadlessChrome/126.0.6478.126`). */
const PRODUCT_VERSION = /^[A-Za-z][A-Za-z0-9._-]{0,40}\/\d{1,6}(?:\.\d{1,6}){1,3}$/;
/**
 * Two or more short parts, two of them words, then a lowercase hex digest: a cache key or content address
 * (`node-cache-Linux-x64-npm-38bd…`, `setup-go-Linux-x64-go-1.22-9f3a…`).
 */
const CONTENT_KEY = /^(?:[A-Za-z0-9]{1,12}[-_.]){2,}[0-9a-f]{16,}$/;
const WORD_PART = /(?:^|[-_.])[A-Za-z]{2,}(?=[-_.])/g;

function isContentKey(v: string): boolean {
  return CONTENT_KEY.test(v) && (v.match(WORD_PART)?.length ?? 0) >= 2 && !SECRET_WORDS.test(v);
}

/** Words that make a prefixed value a secret, not a cache key (Khalti's `live_secret_key_<hex>`). */
const SECRET_WORDS = /(?:^|[-_.])(?:live|secret|private)(?=[-_.])/i;

/** True when a value looks like a generated credential (long enough, high entropy, not a word). */
export function looksRandom(v: string): boolean {
  if (v.length < 16 || v.length > 4096 || /\s/.test(v) || PUBLIC.test(v) || isPlaceholder(v)) return false;
  // identifiers: read_write, myServiceName, and lowercase words joined by `:` and `/` (an OIDC subject `repo:acme/infra:ref:refs/heads/main`)
  if (/^[a-z]+(?:[_.:/-]+[a-z]+)*$/.test(v) || /^(?:[A-Z]?[a-z]+)+$/.test(v)) return false;
  if (/^[A-Za-z]+$/.test(v) && (v.match(/[a-z][A-Z]|[A-Z][a-z]/g)?.length ?? 0) < v.length / 4) return false;
  if (PRODUCT_VERSION.test(v) || isContentKey(v) || DIGEST_WITH_ALGORITHM.test(v)) return false;
  const classes = Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(/\d/.test(v)) + Number(/[^A-Za-z0-9]/.test(v));
  return classes >= 2 && entropy(v) >= 3.2;
}

/** Shell variables that hold a directory (`PWD`, `OLDPWD`), and the absolute paths they hold. */
const SHELL_DIR_KEY = /(?:^|[._-])(?:old)?pwd$/i;
const HEX_CODE = /^0x[0-9A-Fa-f]{2,16}$/;
const ETH_ADDRESS = /^0x[0-9A-Fa-f]{40}$/;
const FILE_PATH = /^~?\/(?:[\w.-]+\/)+[\w.-]+$/;
const ABSOLUTE_PATH = /^(?:~?\/|[A-Za-z]:[\\/])[^\s]*$/;
/** An AWS secret access key: 40 characters of base64 with upper and lower case and a digit, often starting with or holding `/`. */
const AWS_SECRET_SHAPE = /^(?=[^.]*\d)(?=[^.]*[A-Z])(?=[^.]*[a-z])[A-Za-z0-9/+]{40}$/;
/** The key `pass` (a travel, gym or season pass as often as a password), and the plans such a pass names. */
const PASS_KEY = /^pass$/i;
/** A telecom bundle's allowance in a pass's name: data, minutes, texts or days (`10Go`, `1.5 GB`, `60 min`, `30j`). */
const PASS_ALLOWANCE = /(?:^|[\s*#(])\d{1,4}(?:[.,]\d{1,2})?\s?(?:[gmt][bo]|min|mins|mn|sms|j|jours?|days?|h)(?![\p{L}\d])/iu;
const PASS_PLAN = /^(?:(?:single|day|daily|week|weekly|month|monthly|annual|yearly|year|season|unlimited|student|senior|youth|child|adult|family|commuter|flex|basic|premium|standard|trial|pass|ride|rides|trip|trips|\d{1,3}(?:day|d|ride|trip)s?)(?:[_ -]|$))+$/i;

/** The key of Basic credentials written without their scheme (npm's `_auth`, Docker's `auth`). */
const AUTH_KEY = /^_?auth$/i;
const BASE64_VALUE = /^[A-Za-z0-9+/]{8,684}={0,2}$/;
/** `user:password`, as curl's `-u` and Basic credentials write them. */
const USER_PASSWORD = /^[^:\s/@]{1,128}:[^\s]{1,256}$/;

/** True when text holds a live secret of a known format. */
function holdsLiveSecret(text: string): boolean {
  let live = false;
  findSecrets(text, () => {
    live = true;
  });
  return live;
}

/** True when base64 text decodes to printable `user:password` (Basic credentials). */
function basicCredentials(body: string): boolean {
  const decoded = Buffer.from(body, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && !decoded.includes('\uFFFD') && !/[\u0000-\u001f\u007f]/.test(decoded);
}

/** A value under a secret key (`token`, `api_key`, `client_secret`…) or password key (`password`, `pwd`…). */
export function secretByKey(value: string, kc: KeyCtx, emit: Emit): void {
  const v = value.trim();
  if ((kc.hints & H.PASSWORD) !== 0) {
    // `PWD=/home/ana/src` in a shell or sudo line is the working directory, not a password.
    if (SHELL_DIR_KEY.test(kc.key ?? '') && ABSOLUTE_PATH.test(v)) return;
    // `bad_password: 0xC000006A` names a status code (Windows NTSTATUS, Kerberos), not a password.
    if (HEX_CODE.test(v)) return;
    // A `pass` that is a plan (`weekly`, `monthly_unlimited`, `day-pass`) is a ticket or a subscription, not a password.
    // So is one named by its allowance (`Internet 10Go`, `1GB Daily`, `Appels 60 min`), as telecoms sell bundles.
    if (kc.key !== undefined && PASS_KEY.test(kc.key) && (PASS_PLAN.test(v) || PASS_ALLOWANCE.test(v))) return;
    if (v.length >= 3 && v.length <= 256 && !isPlaceholder(v) && !/^\d{1,2}$/.test(v)) emit('PASSWORD', v, 0.9);
    return;
  }
  if ((kc.hints & H.SECRET) === 0 || (kc.hints & H.NOT_SECRET) !== 0) return;
  const scheme = /^(bearer|token|basic|apikey|api-key|key)\s+/i.exec(v);
  const body = scheme ? v.slice(scheme[0].length) : v;
  if (scheme?.[1]?.toLowerCase() === 'basic') {
    if (basicCredentials(body)) emit('PASSWORD', body, 0.9, 'base64');
    return;
  }
  // npm's `_auth` and a Docker config's `auths.<registry>.auth` hold Basic credentials without the scheme: `user:password`,
  // read once its base64 is peeled (or still in base64 when it did not decode as text).
  if (scheme === null && kc.key !== undefined && AUTH_KEY.test(kc.key)) {
    // A live token as the password (`handle:ghp_…`, a registry login) is reported as the token, as in a URL (decision 12).
    if (USER_PASSWORD.test(body) && !holdsLiveSecret(body.slice(body.indexOf(':') + 1))) return emit('PASSWORD', body, 0.9);
    if (BASE64_VALUE.test(body) && basicCredentials(body)) return emit('PASSWORD', body, 0.9, 'base64');
  }
  if (body.startsWith('eyJ')) return; // JWTs are reported as JWT
  // A file holding the credentials (`GOOGLE_APPLICATION_CREDENTIALS: /Users/…/key.json`) is a path, not the secret.
  // A 40-character base64 value (`/+Yw…udH3`) is an AWS secret key however its slashes fall.
  if (ABSOLUTE_PATH.test(body) && body.includes('/', 1) && !AWS_SECRET_SHAPE.test(body)) return;
  // Digits alone (`7358-9627-1467-7054-6498`, a prepaid meter token; a one-time code) are no API key.
  if (/^[\d\s-]+$/.test(body)) return;
  // An Ethereum account or contract address (`token: 0xbbd3…e0d7`, 20 bytes) is public; a 32-byte key is not.
  if (ETH_ADDRESS.test(body)) return;
  // A GitHub token whose CRC32 fails is a fake of that format (a test fixture), under a token key too (decision 7).
  if (GITHUB_SHAPE.test(body) && !githubTokenValid(body)) return;
  if (looksRandom(body)) emit('API_KEY', body, 0.8);
}

/**
 * A password told in a sentence (`my password is Sunflower#3215`, `mon mot de passe est Lune2021!`), in the languages of
 * the markets served; `password: …` and `pwd=…` are pairs, read by their key.
 */
const PASSWORD_TOLD = /\b(?:password|passwort|kennwort|contrase[ñn]a|senha|mot de passe|wachtwoord|has[łl]o)\s{1,3}(?:is|was|ist|war|es|era|é|est|était|jest)\s{1,3}[:=]?\s{0,3}([^\s"'`]{6,64})/gi;
/** Cheap test before PASSWORD_TOLD. */
export const PASSWORD_WORD = /pass|kennwort|contrase|senha|wachtwoord|has[łl]o/i;

/**
 * A value told as a password in text: only one shaped like a password (letters with digits or signs), so
 * `the password is incorrect` and `password reset` say nothing.
 */
export function findToldPasswords(text: string, emit: Emit): void {
  PASSWORD_TOLD.lastIndex = 0;
  for (let n = 0; n < 4; n++) {
    const m = PASSWORD_TOLD.exec(text);
    if (!m) return;
    const v = (m[1] as string).replace(/[.,;)]+$/, '');
    if (v.length >= 6 && /\p{L}/u.test(v) && /[\d\W_]/.test(v) && !/^https?:|^\/|@/.test(v) && !isPlaceholder(v)) emit('PASSWORD', v, 0.8);
  }
}
