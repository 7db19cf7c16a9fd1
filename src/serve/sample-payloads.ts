/**
 * A small deterministic generator of conforming payloads for load tests: every declared field with a
 * simple valid value, wrapped in the policy's envelope, then kept only if the policy's own validator
 * accepts it. (Interim: the fast-check arbitraries of compile/to-arbitrary.ts are meant to replace it.)
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { CompiledPolicy } from '../compile/compile.js';
import type { FieldMap, FieldRule, Granularity, JsonType, Pseudonym } from '../policy/types.js';
import { checkPayload } from '../validate/validate.js';

const TIMES: Readonly<Record<Granularity, string>> = {
  second: '2026-02-12T10:11:12Z', minute: '2026-02-12T10:11:00Z', hour: '2026-02-12T10:00:00Z',
  day: '2026-02-12', week: '2026-02-09', month: '2026-02-01', year: '2026-01-01',
};
const FORMATS: Readonly<Record<string, string>> = {
  'date-time': '2026-02-12T10:11:12Z', date: '2026-02-12', time: '10:11:12Z', uri: 'https://example.com/docs',
  hostname: 'example.com', ipv4: '192.0.2.1', ipv6: '2001:db8::1', email: 'someone@example.com',
};
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];

interface Context {
  readonly compiled: CompiledPolicy;
  readonly seed: number;
  readonly flag: string | undefined;
  readonly samplingField: string;
}

/**
 * Up to `count` conforming payloads for a policy, deterministic for a seed: candidates with no
 * error finding from checkPayload are kept (at most 4 × count are tried).
 */
export function samplePayloads(compiled: CompiledPolicy, options: { seed?: number; count?: number } = {}): unknown[] {
  const seed = options.seed ?? 1;
  const count = options.count ?? 32;
  const out: unknown[] = [];
  for (let i = 0; i < count * 4 && out.length < count; i++) {
    const ctx: Context = {
      compiled, seed: seed + i, flag: compiled.policy.consent?.payloadFlag?.field,
      samplingField: compiled.policy.sampling?.field ?? 'sample_rate',
    };
    const payload = wrap(compiled, objectOf(compiled.policy.fields, ctx, ''));
    try {
      const { findings } = checkPayload(compiled, payload, { input: 'sample' });
      if (findings.every((f) => f.severity !== 'error')) out.push(payload);
    } catch {
      // not conforming: skip
    }
  }
  return out;
}

function objectOf(fields: FieldMap | undefined, ctx: Context, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(fields ?? {})) {
    Object.defineProperty(out, name, { value: valueOf(rule, ctx, `${prefix}${name}`), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function valueOf(rule: FieldRule, ctx: Context, path: string): unknown {
  const pick = ctx.seed + path.length;
  if (rule.const !== undefined) return rule.const;
  if (rule.enum) return rule.enum[pick % rule.enum.length];
  const type = typeOf(rule);
  if (path === ctx.flag || rule.consentFlag) return type === 'string' ? 'true' : true;
  if (rule.sampleRate || path === ctx.samplingField) return sampleRate(rule, ctx);
  switch (type) {
    case 'object': return objectOf(rule.fields, ctx, `${path}.`);
    case 'array': {
      const n = Math.min(Math.max(rule.minItems ?? 1, 1), rule.maxItems ?? 3);
      return Array.from({ length: n }, () => (rule.items ? valueOf(rule.items, ctx, `${path}.0`) : WORDS[pick % WORDS.length]));
    }
    case 'integer': case 'number': return numberOf(rule, pick, type === 'integer');
    case 'boolean': return pick % 2 === 0;
    case 'null': return null;
    default: return stringOf(rule, ctx, pick);
  }
}

function typeOf(rule: FieldRule): JsonType {
  if (rule.type === undefined) return rule.fields ? 'object' : rule.items ? 'array' : 'string';
  if (typeof rule.type === 'string') return rule.type;
  return rule.type.find((t) => t !== 'null') ?? 'null';
}

function numberOf(rule: FieldRule, pick: number, integer: boolean): number {
  const lo = rule.minimum ?? (rule.exclusiveMinimum !== undefined ? rule.exclusiveMinimum + 1 : 0);
  const hi = rule.maximum ?? (rule.exclusiveMaximum !== undefined ? rule.exclusiveMaximum - 1 : lo + 1000);
  const span = Math.max(0, hi - lo);
  const value = lo + ((pick * 7919) % 1000) / 1000 * span;
  return integer ? Math.min(Math.ceil(lo) + Math.floor(value - lo), Math.floor(hi)) : Math.round(value * 1000) / 1000;
}

function sampleRate(rule: FieldRule, ctx: Context): number {
  const lo = Math.max(ctx.compiled.policy.sampling?.min ?? 0, rule.minimum ?? 0);
  const hi = Math.min(ctx.compiled.policy.sampling?.max ?? 1, rule.maximum ?? 1);
  return Math.round((lo + (hi - lo) / 2) * 10_000) / 10_000;
}

function stringOf(rule: FieldRule, ctx: Context, pick: number): string {
  if (rule.pseudonym) return pseudonymOf(rule.pseudonym, ctx.seed);
  if (rule.granularity) return rule.format === 'date-time' && rule.granularity !== 'second' && rule.granularity !== 'minute' && rule.granularity !== 'hour'
    ? `${TIMES[rule.granularity]}T00:00:00Z`
    : TIMES[rule.granularity];
  if (rule.format === 'uuid') return uuidOf(ctx.seed);
  if (rule.format) return FORMATS[rule.format] ?? 'value';
  const fits = (s: string): boolean => s.length >= (rule.minLength ?? 0) && s.length <= (rule.maxLength ?? Infinity);
  if (rule.pattern) return matching(rule.pattern, pick, fits) ?? 'value';
  const word = WORDS[pick % WORDS.length]!;
  return word.padEnd(rule.minLength ?? 0, 'x').slice(0, rule.maxLength ?? Infinity);
}

const MATCHERS = new Map<string, fc.Arbitrary<string> | undefined>();

function matching(pattern: string, seed: number, fits: (s: string) => boolean): string | undefined {
  if (!MATCHERS.has(pattern)) {
    let arb: fc.Arbitrary<string> | undefined;
    try {
      arb = fc.stringMatching(new RegExp(pattern), { size: 'xsmall' });
    } catch {
      arb = undefined;
    }
    if (MATCHERS.size > 256) MATCHERS.clear();
    MATCHERS.set(pattern, arb);
  }
  const arb = MATCHERS.get(pattern);
  return arb ? fc.sample(arb, { seed, numRuns: 8 }).find(fits) : undefined;
}

function pseudonymOf(p: Pseudonym, seed: number): string {
  const prefix = p.prefix ?? '';
  if (p.method === 'uuid') return `${prefix}${uuidOf(seed)}`;
  const digest = createHash('sha256').update(`sample-${seed}`).digest();
  if (p.method === 'random-id') return `${prefix}${digest.toString('hex').slice(0, 32)}`;
  const encoding = p.encoding ?? 'hex';
  const text = encoding === 'hex' ? digest.toString('hex') : digest.toString(encoding === 'base64' ? 'base64' : 'base64url').replace(/=+$/, '');
  return `${prefix}${text.slice(0, p.length ?? text.length)}`;
}

function uuidOf(seed: number): string {
  const h = createHash('sha256').update(`uuid-${seed}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Wrap a record in the policy's envelope (PostHog and Segment batches, an OTLP logs export). */
function wrap(compiled: CompiledPolicy, record: Record<string, unknown>): unknown {
  switch (compiled.policy.format) {
    case 'posthog': return { api_key: 'phc_sample', batch: [record] };
    case 'segment': return { batch: [record] };
    case 'otlp': return {
      resourceLogs: [{ resource: { attributes: [] }, scopeLogs: [{ scope: { name: 'sample' }, logRecords: [{ timeUnixNano: '1770890400000000000', attributes: attributesOf(record) }] }] }],
    };
    default: return record;
  }
}

function attributesOf(record: Record<string, unknown>): { key: string; value: unknown }[] {
  return Object.entries(record).map(([key, value]) => ({ key, value: anyValue(value) }));
}

function anyValue(value: unknown): unknown {
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (typeof value === 'number') return Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value };
  if (Array.isArray(value)) return { arrayValue: { values: value.map(anyValue) } };
  if (value !== null && typeof value === 'object') return { kvlistValue: { values: attributesOf(value as Record<string, unknown>) } };
  return {};
}
