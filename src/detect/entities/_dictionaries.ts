/**
 * Name and street dictionaries built from the locale data @faker-js/faker ships (many locales, so
 * detection is not tied to one language). Everything is lowercased; built once at import.
 */
import { faker as en } from '@faker-js/faker/locale/en';
import { faker as enGB } from '@faker-js/faker/locale/en_GB';
import { faker as enUS } from '@faker-js/faker/locale/en_US';
import { faker as enIN } from '@faker-js/faker/locale/en_IN';
import { faker as enAU } from '@faker-js/faker/locale/en_AU';
import { faker as enCA } from '@faker-js/faker/locale/en_CA';
import { faker as enIE } from '@faker-js/faker/locale/en_IE';
import { faker as enNG } from '@faker-js/faker/locale/en_NG';
import { faker as enZA } from '@faker-js/faker/locale/en_ZA';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as deAT } from '@faker-js/faker/locale/de_AT';
import { faker as deCH } from '@faker-js/faker/locale/de_CH';
import { faker as fr } from '@faker-js/faker/locale/fr';
import { faker as frCA } from '@faker-js/faker/locale/fr_CA';
import { faker as frBE } from '@faker-js/faker/locale/fr_BE';
import { faker as es } from '@faker-js/faker/locale/es';
import { faker as esMX } from '@faker-js/faker/locale/es_MX';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as ptBR } from '@faker-js/faker/locale/pt_BR';
import { faker as ptPT } from '@faker-js/faker/locale/pt_PT';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as sv } from '@faker-js/faker/locale/sv';
import { faker as nbNO } from '@faker-js/faker/locale/nb_NO';
import { faker as da } from '@faker-js/faker/locale/da';
import { faker as fi } from '@faker-js/faker/locale/fi';
import { faker as csCZ } from '@faker-js/faker/locale/cs_CZ';
import { faker as sk } from '@faker-js/faker/locale/sk';
import { faker as hu } from '@faker-js/faker/locale/hu';
import { faker as ro } from '@faker-js/faker/locale/ro';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as slSI } from '@faker-js/faker/locale/sl_SI';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as ru } from '@faker-js/faker/locale/ru';
import { faker as uk } from '@faker-js/faker/locale/uk';
import { faker as idID } from '@faker-js/faker/locale/id_ID';
import { faker as vi } from '@faker-js/faker/locale/vi';
import { faker as ja } from '@faker-js/faker/locale/ja';
import { faker as ko } from '@faker-js/faker/locale/ko';
import { faker as zhCN } from '@faker-js/faker/locale/zh_CN';
import { faker as ar } from '@faker-js/faker/locale/ar';
import { faker as he } from '@faker-js/faker/locale/he';
import { faker as el } from '@faker-js/faker/locale/el';
import { faker as yoNG } from '@faker-js/faker/locale/yo_NG';
import { faker as zuZA } from '@faker-js/faker/locale/zu_ZA';
import { faker as afZA } from '@faker-js/faker/locale/af_ZA';
import { EXTRA_FIRST_NAMES, EXTRA_LAST_NAMES, US_SURNAMES } from './_names-extra.js';

const LOCALES = [en, enGB, enUS, enIN, enAU, enCA, enIE, enNG, enZA, de, deAT, deCH, fr, frCA, frBE, es, esMX, it, ptBR, ptPT, nl, pl, sv, nbNO, da, fi, csCZ, sk, hu, ro, hr, slSI, tr, ru, uk, idID, vi, ja, ko, zhCN, ar, he, el, yoNG, zuZA, afZA];

type Tree = string | readonly unknown[] | { readonly [k: string]: unknown } | undefined | null;

function collect(into: Set<string>, node: Tree | unknown, split = false): void {
  if (typeof node === 'string') {
    const low = node.toLowerCase();
    into.add(low);
    if (split && low.includes(' ')) for (const part of low.split(' ')) if (part.length > 2) into.add(part);
  } else if (Array.isArray(node)) {
    for (const item of node) collect(into, item, split);
  } else if (node !== null && typeof node === 'object') {
    const o = node as { value?: unknown };
    if (typeof o.value === 'string' && !o.value.includes('{{')) collect(into, o.value, split);
    else if (o.value === undefined) for (const v of Object.values(node)) collect(into, v, split);
  }
}

/** First names of all loaded locales (lowercase). */
export const FIRST_NAMES = new Set<string>();
/** Last names of all loaded locales (lowercase). */
export const LAST_NAMES = new Set<string>();
/** Honorifics and name suffixes (`mr`, `dr`, `jr`, `md`…), lowercase, without dots. */
export const NAME_AFFIXES = new Set<string>(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'jr', 'sr', 'ii', 'iii', 'iv', 'md', 'phd']);
/** Street type words (suffixes such as `street`, `straße`, prefixes such as `rue`, `calle`), lowercase. */
export const STREET_WORDS = new Set<string>();
/** Street type words written before the name (`rue`, `calle`, `via`, `rua`, `ul.`), lowercase, dots removed. */
export const STREET_PREFIXES = new Set<string>();
/** City name suffixes (`ton`, `ville`, `view`) of all locales, lowercase. */
export const CITY_SUFFIXES = new Set<string>();
/** Common English words (faker's word lists, product and jargon words): a capitalised one is not a surname. */
export const COMMON_WORDS = new Set<string>();

for (const f of LOCALES) {
  const d = f.rawDefinitions;
  collect(FIRST_NAMES, d.person?.first_name);
  collect(FIRST_NAMES, d.person?.middle_name);
  collect(LAST_NAMES, d.person?.last_name, true);
  const affixes = new Set<string>();
  collect(affixes, d.person?.prefix);
  collect(affixes, d.person?.suffix);
  for (const a of affixes) if (a.length <= 8) NAME_AFFIXES.add(a.replace(/\./g, ''));
  collect(STREET_WORDS, d.location?.street_suffix);
  collect(STREET_WORDS, d.location?.street_prefix);
  const prefixes = new Set<string>();
  collect(prefixes, d.location?.street_prefix);
  for (const p of prefixes) if (!p.includes(' ')) STREET_PREFIXES.add(p.replace(/\.$/, ''));
  collect(CITY_SUFFIXES, d.location?.city_suffix);
}
for (const n of EXTRA_FIRST_NAMES) FIRST_NAMES.add(n);
for (const n of EXTRA_LAST_NAMES) LAST_NAMES.add(n);
// Street types of India that faker's lists lack (`Anna Salai`, `MG Marg`, Telugu `veedhi`, Tamil `theru`).
for (const w of ['salai', 'marg', 'veedhi', 'theru']) STREET_WORDS.add(w);
// Capitals that faker's lists also give as first names, far more often the city (`Bratislava Petržalka` is a district).
for (const n of ['bratislava']) FIRST_NAMES.delete(n);
{
  const d = en.rawDefinitions;
  collect(COMMON_WORDS, d.word);
  collect(COMMON_WORDS, d.commerce?.product_name);
  collect(COMMON_WORDS, d.commerce?.department);
  collect(COMMON_WORDS, d.hacker);
  collect(COMMON_WORDS, d.company?.buzz_noun);
  collect(COMMON_WORDS, d.company?.buzz_adjective);
  collect(COMMON_WORDS, d.company?.noun);
  collect(COMMON_WORDS, d.company?.adjective);
  collect(COMMON_WORDS, d.color?.human);
  for (const w of ['event', 'page', 'view', 'viewed', 'clicked', 'click', 'button', 'order', 'completed', 'started',
    'failed', 'error', 'signup', 'login', 'logout', 'checkout', 'cart', 'added', 'removed', 'updated', 'created',
    'deleted', 'opened', 'closed', 'submitted', 'sent', 'received', 'settings', 'account', 'dashboard', 'home',
    'search', 'profile', 'product', 'products', 'payment', 'subscription', 'trial', 'plan', 'upgrade', 'feature',
    'flag', 'test', 'user', 'users', 'app', 'application', 'service', 'server', 'client', 'request', 'response',
    'timeout', 'exception', 'warning', 'info', 'debug', 'google', 'chrome', 'firefox', 'safari', 'edge', 'windows',
    'linux', 'android', 'ios', 'mac', 'apple', 'microsoft', 'amazon', 'team', 'workspace', 'project', 'report',
    'invoice', 'message', 'notification', 'email', 'phone', 'address', 'name', 'new', 'old', 'default', 'true',
    'false', 'null', 'none', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'north', 'south', 'east', 'west', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'group',
    // function words and verbs of titles (`When Harry Met Sally`, `Mamma Mia Here We Go Again`)
    'here', 'there', 'where', 'when', 'what', 'who', 'why', 'how', 'met', 'meets', 'go', 'goes', 'went', 'again', 'we', 'you',
    'they', 'never', 'always', 'forever', 'loves', 'loved', 'gets', 'got', 'takes', 'took', 'comes', 'came',
    // words of logs, devices and campaigns seen capitalised next to a first name (`Max Memory Used`, `Front Door`)
    'used', 'memory', 'size', 'duration', 'billed', 'total', 'count', 'front', 'back', 'door', 'garage', 'kitchen',
    'bedroom', 'office', 'latitude', 'longitude', 'appeal', 'nation', 'agent', 'broker', 'worker', 'runner', 'proxy',
    'gateway', 'scheduler', 'manager', 'updater', 'helper', 'launcher', 'installer', 'storage', 'cache', 'queue',
    'cluster', 'container', 'volume', 'battery', 'charger', 'camera', 'speaker', 'light', 'lights', 'lamp', 'switch',
    'plug', 'lock', 'thermostat', 'weekly', 'daily', 'monthly', 'winter', 'summer', 'autumn', 'sale', 'offer', 'bonus',
    'reward', 'rewards', 'campaign', 'launch', 'release', 'beta', 'alpha', 'preview', 'stable', 'nightly', 'premium',
    'basic', 'pro', 'plus', 'free', 'enterprise', 'standard', 'draft', 'inbox', 'archive', 'meeting', 'standup',
    'festival', 'concert', 'league', 'championship',
    // words of payment, delivery and app flows (`Grace Period Retry`, `Surge Fee Waived`)
    'period', 'retry', 'retries', 'attempt', 'attempts', 'window', 'limit', 'quota', 'threshold', 'policy', 'mode',
    'status', 'level', 'tier', 'fee', 'fees', 'rate', 'balance', 'wallet', 'transfer', 'topup', 'refund', 'payout',
    'promo', 'voucher', 'coupon', 'code', 'session', 'screen', 'tab', 'menu', 'modal', 'popup', 'widget', 'timer',
    'delay', 'backoff', 'fallback', 'route', 'trip', 'ride', 'delivery', 'pickup', 'dropoff', 'fare', 'surge', 'zone',
    'waived', 'expired', 'pending', 'declined', 'approved', 'verified', 'unverified', 'blocked', 'retrying',
    // food, drink and clothing on menus and in catalogues (`Karak Chai Latte`, `Linen Maxi Dress`)
    'latte', 'chai', 'coffee', 'tea', 'espresso', 'cappuccino', 'mocha', 'americano', 'macchiato', 'juice', 'smoothie',
    'shake', 'milkshake', 'lemonade', 'soda', 'burger', 'pizza', 'salad', 'sandwich', 'wrap', 'bowl', 'cake', 'cookie',
    'donut', 'muffin', 'croissant', 'bagel', 'noodles', 'rice', 'soup', 'curry', 'kebab', 'shawarma', 'falafel', 'taco',
    'burrito', 'sushi', 'ramen', 'biryani', 'combo', 'meal', 'platter', 'dress', 'shirt', 'jeans', 'jacket', 'sneakers',
    'hoodie', 'skirt', 'blouse', 'sweater', 'trousers', 'abaya', 'kaftan', 'sandals', 'boots', 'nights', 'deals',
    // programs, integrations and built-in accounts (`Payroll Sync Connector`, `Administrator`, `DefaultAccount`)
    'sync', 'connector', 'integration', 'webhook', 'pipeline', 'exporter', 'importer', 'collector', 'forwarder', 'relay',
    'adapter', 'plugin', 'extension', 'bot', 'job', 'task', 'daemon', 'administrator', 'admin', 'guest', 'root',
    'system', 'operator', 'support', 'anonymous', 'nobody', 'defaultaccount', 'krbtgt', 'readers', 'facilities', 'access',
    'vendors', 'staff', 'admins', 'operators', 'advisory', 'bulletin', 'landfall', 'warning', 'watch', 'update',
    // screens and tools of apps (`Journey Planner`, `Route Finder`)
    'planner', 'tracker', 'finder', 'builder', 'checker', 'calculator', 'viewer', 'editor', 'explorer', 'navigator',
    'scanner', 'wizard', 'assistant', 'portal', 'console', 'overview', 'summary', 'details', 'journey',
    // furniture and homeware in catalogues (`Bella Vista Sofa 3 Lugares`)
    'sofa', 'couch', 'mattress', 'wardrobe', 'bed', 'desk', 'cabinet', 'shelf', 'rug', 'cushion', 'duvet', 'meditation']) {
    COMMON_WORDS.add(w);
  }
}
for (const n of US_SURNAMES) if (!COMMON_WORDS.has(n)) LAST_NAMES.add(n);
