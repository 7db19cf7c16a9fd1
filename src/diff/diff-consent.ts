import type { ControlId } from '../findings/regulations.js';
import type { Consent } from '../policy/types.js';
import { added, asRecord, quoteList, reportLeftovers, same, show } from './_compare.js';
import { addChange, headPointer, type DiffContext } from './_context.js';

type OptOut = NonNullable<Consent['optOut']>;
const HANDLED: ReadonlySet<string> = new Set(['default', 'enable', 'optOut', 'precedence', 'payloadFlag', 'record', 'notice']);
const OPT_OUT_KEYS: ReadonlySet<string> = new Set(['env', 'ci', 'devEnv', 'files', 'doNotTrack']);
const ENABLE_KEYS: ReadonlySet<string> = new Set(['env', 'values', 'rejectedValues']);
const FLAG_KEYS: ReadonlySet<string> = new Set(['field', 'required', 'whenFalse']);
const STANDARD_CI = ['CI', 'GITHUB_ACTIONS', 'TRAVIS', 'JENKINS', 'GITLAB_CI', 'CIRCLECI'];

/** Compare consent: default on, more enable values, fewer opt-outs, enable-wins, no payload flag all loosen it. */
export function diffConsent(ctx: DiffContext, base: Consent | undefined, head: Consent | undefined): void {
  const b = base ?? {};
  const h = head ?? {};
  const change = (loosened: boolean, subject: string, what: string, controls: readonly ControlId[], ...at: string[]): void =>
    addChange(ctx, {
      topic: 'consent', direction: loosened ? 'expands' : 'reduces', ...(loosened ? { code: 'consent-loosened' as const } : {}),
      pointer: headPointer(ctx, 'consent', ...at), subject: `consent.${subject}`, message: `Consent ${what}.`, dpia: loosened, controls,
    });
  const review = (subject: string, what: string, ...at: string[]): void =>
    addChange(ctx, { topic: 'consent', direction: 'review', pointer: headPointer(ctx, 'consent', ...at), subject: `consent.${subject}`, message: `Consent ${what}: review.`, controls: ['consent-record'] });

  const defaultBefore = b.default ?? 'off';
  const defaultAfter = h.default ?? 'off';
  if (defaultBefore !== defaultAfter) change(defaultAfter === 'on', 'default', `default ${defaultBefore} → ${defaultAfter}`, ['opt-in-default'], 'default');

  if (b.enable && h.enable && b.enable.env !== h.enable.env) review('enable.env', `enable variable ${show(b.enable.env)} → ${show(h.enable.env)}`, 'enable', 'env');
  if (b.enable && !h.enable) review('enable', 'enable setting removed', 'enable');
  const valuesAdded = added(b.enable?.values ?? [], h.enable?.values ?? []);
  if (b.enable && valuesAdded.length > 0) change(true, 'enable.values', `enable values added: ${quoteList(valuesAdded)}`, ['consent-record'], 'enable', 'values');
  const rejectedGone = added(h.enable?.rejectedValues ?? [], b.enable?.rejectedValues ?? []);
  if (rejectedGone.length > 0) change(true, 'enable.rejectedValues', `spellings no longer rejected: ${quoteList(rejectedGone)}`, ['consent-record'], 'enable', 'rejectedValues');
  if (b.enable && h.enable) reportLeftovers(ctx, asRecord(b.enable), asRecord(h.enable), ENABLE_KEYS, headPointer(ctx, 'consent', 'enable'), 'consent.enable', 'consent');

  diffOptOut(ctx, b.optOut ?? {}, h.optOut ?? {}, change);

  const precedenceBefore = b.precedence ?? 'opt-out-wins';
  const precedenceAfter = h.precedence ?? 'opt-out-wins';
  if (precedenceBefore !== precedenceAfter) change(precedenceAfter === 'enable-wins', 'precedence', `precedence ${precedenceBefore} → ${precedenceAfter}`, ['file-opt-out', 'dnt-signal'], 'precedence');

  if (b.payloadFlag && !h.payloadFlag) change(true, 'payloadFlag', 'payload flag removed (receivers can no longer discard opted-out payloads)', ['receiver-validation'], 'payloadFlag');
  else if (!b.payloadFlag && h.payloadFlag) change(false, 'payloadFlag', 'payload flag added', [], 'payloadFlag');
  else if (b.payloadFlag && h.payloadFlag) {
    if (b.payloadFlag.required === true && h.payloadFlag.required !== true) change(true, 'payloadFlag.required', 'payload flag no longer required', ['receiver-validation'], 'payloadFlag');
    if (b.payloadFlag.field !== h.payloadFlag.field) review('payloadFlag.field', `payload flag field ${show(b.payloadFlag.field)} → ${show(h.payloadFlag.field)}`, 'payloadFlag', 'field');
    if (b.payloadFlag.whenFalse !== h.payloadFlag.whenFalse) {
      addChange(ctx, { topic: 'consent', direction: 'neutral', pointer: headPointer(ctx, 'consent', 'payloadFlag', 'whenFalse'), subject: 'consent.payloadFlag.whenFalse', message: `Opted-out payloads are handled ${show(b.payloadFlag.whenFalse)} → ${show(h.payloadFlag.whenFalse)}.` });
    }
    reportLeftovers(ctx, asRecord(b.payloadFlag), asRecord(h.payloadFlag), new Set([...FLAG_KEYS]), headPointer(ctx, 'consent', 'payloadFlag'), 'consent.payloadFlag', 'consent');
  }
  for (const key of ['record', 'notice'] as const) {
    if (b[key] === true && h[key] !== true) change(true, key, `${key === 'record' ? 'record is no longer kept' : 'notice is no longer shown before enabling'}`, ['consent-record', 'privacy-notice'], key);
    else if (b[key] !== true && h[key] === true) change(false, key, `${key === 'record' ? 'record is now kept' : 'notice is now shown before enabling'}`, [], key);
  }
  reportLeftovers(ctx, asRecord(b), asRecord(h), HANDLED, '/consent', 'consent', 'consent');
}

type Change = (loosened: boolean, subject: string, what: string, controls: readonly ControlId[], ...at: string[]) => void;

function ciVariables(ci: OptOut['ci']): string[] {
  return ci === true ? STANDARD_CI : Array.isArray(ci) ? [...ci] : [];
}

function envPairs(env: Record<string, readonly string[]> | undefined): string[] {
  return Object.entries(env ?? {}).flatMap(([name, values]) => values.map((v) => `${name}=${v}`));
}

function diffOptOut(ctx: DiffContext, b: OptOut, h: OptOut, change: Change): void {
  const pairs: ReadonlyArray<readonly [string, string[], string[], ControlId]> = [
    ['env', envPairs(b.env), envPairs(h.env), 'file-opt-out'],
    ['ci', ciVariables(b.ci), ciVariables(h.ci), 'ci-dev-disable'],
    ['devEnv', envPairs(b.devEnv), envPairs(h.devEnv), 'ci-dev-disable'],
    ['files', [...(b.files ?? [])], [...(h.files ?? [])], 'file-opt-out'],
  ];
  for (const [key, before, after, control] of pairs) {
    const gone = added(after, before);
    const extra = added(before, after);
    if (gone.length > 0) change(true, `optOut.${key}`, `opt-outs dropped (${key}): ${quoteList(gone)}`, [control], 'optOut', key);
    if (extra.length > 0) change(false, `optOut.${key}`, `opt-outs added (${key}): ${quoteList(extra)}`, [], 'optOut', key);
  }
  if (b.doNotTrack === true && h.doNotTrack !== true) change(true, 'optOut.doNotTrack', 'DO_NOT_TRACK is no longer honoured', ['dnt-signal'], 'optOut', 'doNotTrack');
  else if (b.doNotTrack !== true && h.doNotTrack === true) change(false, 'optOut.doNotTrack', 'DO_NOT_TRACK is now honoured', [], 'optOut', 'doNotTrack');
  if (!same(b, h)) reportLeftovers(ctx, asRecord(b), asRecord(h), OPT_OUT_KEYS, headPointer(ctx, 'consent', 'optOut'), 'consent.optOut', 'consent');
}
