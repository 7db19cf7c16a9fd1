import { maskEmail } from '../findings/mask.js';
import type { Regime } from '../findings/regulations.js';
import type { Policy } from '../policy/types.js';
import { REGIME_INFO } from './_regime-info.js';
import { clip, retentionOf } from './inventory.js';
import type { Fact } from './types.js';

/** Systematic description of the processing (Art. 35(7)(a), § 7152, NDPA s.28) from `policy.processing` and the policy settings. */
export function describeProcessing(policy: Policy): Fact[] {
  const pr = policy.processing ?? {};
  const t = policy.transport;
  const r = policy.receiver;
  const facts: (Fact | null)[] = [
    fact('Purpose', pr.purpose ?? 'not stated: a specific, explicit purpose is needed'),
    fact('Controller / business', pr.controller ?? 'not stated'),
    pr.dpo ? fact('DPO / privacy contact', contact(pr.dpo)) : null,
    fact('Data subjects', listOr(pr.dataSubjects, 'not stated')),
    fact('Processors / service providers', listOr(pr.processors, 'none declared')),
    fact('Recipients', listOr(pr.recipients, 'none declared')),
    fact('Transfers', pr.transfers?.length ? pr.transfers.map((x) => `to ${x.to} (${x.mechanism ?? 'no mechanism stated'})`).join('; ') : 'none declared'),
    fact('Markets', listOr(pr.markets, 'not stated')),
    fact('Sold or shared (CCPA)', pr.sellOrShare === undefined ? 'not stated' : pr.sellOrShare ? 'yes' : 'no'),
    fact('Identifiability claimed by the policy', pr.identifiability ? `${pr.identifiability} (checked under over-claims)` : 'not stated'),
    fact('Payload format', policy.format ?? 'auto'),
    fact('Transport', t ? [t.protocol, t.tls ? `TLS ${t.tls}` : '', t.auth ? `auth ${t.auth}` : '', t.rateLimit ? 'rate limited' : ''].filter(Boolean).join(', ') : 'not declared'),
    fact('Receiver', r ? [r.path ?? '', r.accept ? `accepts ${r.accept.join('/')}` : '', r.reject ? `rejects ${r.reject.join('/')}` : '', r.discard ? `discards ${r.discard.join('/')}` : '', r.maxBodyBytes ? `max body ${r.maxBodyBytes} bytes` : ''].filter(Boolean).join(', ') : 'not declared'),
    fact('Sampling', policy.sampling ? `rate ${policy.sampling.min ?? '?'} to ${policy.sampling.max ?? '?'}` : 'not declared'),
    fact('Aggregation', policy.aggregation ? `window ${policy.aggregation.window ?? 'unset'}, minimum count ${policy.aggregation.minCount ?? 'not set'}` : 'not declared'),
    fact('Retention', retentionOf(policy) + (policy.retention?.optOutDeletionDays !== undefined ? `; deletion ${policy.retention.optOutDeletionDays} d after opt-out` : '')),
    fact('Privacy notice', pr.notice ?? (policy.consent?.notice ? 'a notice is shown before enabling' : 'not stated')),
    policy.source ? fact('Source document', policy.source) : null,
  ];
  return facts.filter((f): f is Fact => f !== null);
}

/** Lawful basis and consent mechanics, with what §2.1 says for this regime. */
export function lawfulBasisFacts(policy: Policy, regime: Regime): Fact[] {
  const c = policy.consent;
  const o = c?.optOut;
  const basis = policy.processing?.lawfulBasis;
  const optOuts = [
    o?.env ? `env ${Object.keys(o.env).join(', ')}` : '',
    o?.ci ? (Array.isArray(o.ci) ? `CI (${o.ci.join(', ')})` : 'CI (standard variables)') : '',
    o?.devEnv ? `development environments (${Object.keys(o.devEnv).join(', ')})` : '',
    o?.files?.length ? `files ${o.files.join(', ')}` : '',
    o?.doNotTrack ? 'DO_NOT_TRACK' : '',
  ].filter(Boolean);
  const facts: Fact[] = [
    fact('Lawful basis declared', basis ?? 'not stated'),
    fact('Default', c?.default === 'on' ? 'on (collected unless the user opts out)' : c?.default === 'off' ? 'off (nothing sent until enabled)' : 'not declared'),
    fact('Enable mechanism', c?.enable ? `environment variable ${c.enable.env} = ${c.enable.values.join(' | ')}` : 'not expressed in the policy'),
    fact('Opt-out / withdrawal', optOuts.length > 0 ? optOuts.join('; ') : 'none declared'),
    fact('Precedence', c?.precedence ?? 'not declared'),
    fact('Consent flag in payloads', c?.payloadFlag ? `${c.payloadFlag.field} (when false: ${c.payloadFlag.whenFalse ?? 'unspecified'})` : 'none'),
    fact('Consent record kept', c?.record === true ? 'yes (declared)' : 'not declared'),
    fact(`What ${REGIME_INFO[regime].heading} requires`, REGIME_INFO[regime].consentStance),
  ];
  const note = assessBasis(policy, regime);
  if (note) facts.push(fact('Assessment', note));
  return facts;
}

function assessBasis(policy: Policy, regime: Regime): string | null {
  const on = policy.consent?.default === 'on';
  const basis = policy.processing?.lawfulBasis;
  if (regime === 'gdpr') {
    if (on) return 'Telemetry is on by default: an opt-out is not consent, and device-side telemetry needs prior opt-in in the EU (ePrivacy Art. 5(3); Recital 32; pitfall 6) unless a documented national carve-out applies.';
    if (basis === 'legitimate-interests') return 'Legitimate interests needs a documented assessment and the Art. 21 objection route; any access to the device still needs ePrivacy Art. 5(3) consent unless strictly necessary.';
    return basis === 'consent' ? 'Opt-in by default matches the ePrivacy Art. 5(3) position; the controller must be able to demonstrate consent (Art. 7(1)).' : null;
  }
  if (regime === 'ccpa') {
    if (policy.processing?.sellOrShare === true) return 'Telemetry is sold or shared: the 1798.120 opt-out right and § 7025 opt-out preference signals (GPC) apply.';
    return on ? 'Opt-out by default is consistent with the CCPA notice-and-opt-out model; notice at collection is still required (1798.100(a)).' : 'Opt-in goes beyond what the CCPA requires (see the controls that exceed this regime).';
  }
  if (on) return 'Telemetry is on by default: silence or inactivity is not consent (NDPA s.26); rely on legitimate interests (s.25) with its limits, or switch the default off.';
  return (policy.processing?.transfers?.length ?? 0) > 0 || (policy.processing?.processors?.length ?? 0) > 0
    ? 'Processors or transfers are declared: a transfer basis under NDPA s.41–43 is needed where the receiver is outside Nigeria.'
    : null;
}

/** Masks an email contact (a DPO mailbox is public, but no output repeats an email address). */
function contact(value: string): string {
  return /@/.test(value) ? `${maskEmail(value)} (see the policy)` : clip(value, 200);
}

function fact(label: string, value: string): Fact {
  return { label, value: clip(value, 1000) };
}

function listOr(items: readonly string[] | undefined, empty: string): string {
  return items && items.length > 0 ? items.slice(0, 50).map((s) => clip(String(s), 200)).join('; ') : empty;
}
