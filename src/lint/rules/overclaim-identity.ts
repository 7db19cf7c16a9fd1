import { fieldList, isIdentifierField, rotates } from '../_ids.js';
import { ANONYMITY, affirmed, mentions, where } from '../_text.js';
import type { LintHit, LintRule } from '../types.js';

/**
 * overclaim (pitfalls 1 and 3): the policy calls its data anonymous (in its prose or with
 * `identifiability: anonymous`) while a field holds a stable, per-day or hashed identifier.
 */
export const overclaimAnonymousIds: LintRule = {
  name: 'overclaim-anonymous-ids',
  code: 'overclaim',
  description: 'Prose or `processing.identifiability` says anonymous / no personal data while an identifier field exists.',
  check: ({ policy, fields, texts }) => {
    const ids = fields.filter(isIdentifierField);
    if (ids.length === 0) return [];
    const rotating = ids.some((f) => rotates(f.rule));
    const why =
      `${fieldList(ids)} ${ids.length === 1 ? 'is an identifier' : 'are identifiers'}` +
      `${rotating ? ' (rotating ids limits linkage across days only, pitfall 3)' : ''}, and hashed or random ids are ` +
      'pseudonymous, still personal data (pitfall 1: GDPR Art. 4(5), Recital 26; CCPA 1798.140(aj))';
    const hits: LintHit[] = [];
    if (policy.processing?.identifiability === 'anonymous') {
      hits.push({
        pointer: '/processing/identifiability',
        message: `identifiability is "anonymous" but ${why}: declare "pseudonymised" instead.`,
      });
    }
    for (const { pointer, text } of texts) {
      const term = affirmed(text, ANONYMITY);
      if (term === undefined) continue;
      hits.push({ pointer, message: `${where(pointer)} says "${term}" but ${why}: say "pseudonymous" instead.` });
    }
    return hits;
  },
};

const COMMITMENT = /re-?identif/i;
const FLOW_DOWN = /contract/i;

/** overclaim (pitfall 8): CCPA "deidentified" without the public commitment and contractual flow-down. */
export const overclaimDeidentified: LintRule = {
  name: 'overclaim-deidentified',
  code: 'overclaim',
  description: '`identifiability: ccpa-deidentified` without claims stating the no-re-identification commitment and the contractual flow-down.',
  check: ({ policy, texts }) => {
    if (policy.processing?.identifiability !== 'ccpa-deidentified') return [];
    const missing = [
      texts.some((t) => mentions(t.text, COMMITMENT)) ? undefined : 'a public commitment not to re-identify',
      texts.some((t) => mentions(t.text, FLOW_DOWN)) ? undefined : 'the contractual flow-down to recipients',
    ].filter((m): m is string => m !== undefined);
    if (missing.length === 0) return [];
    return [{
      pointer: '/processing/identifiability',
      message:
        `identifiability is "ccpa-deidentified" but the policy does not state ${missing.join(' or ')} ` +
        '(pitfall 8: CCPA 1798.140(m)(B)–(C)): add them to processing.claims or declare "pseudonymised".',
    }];
  },
};

/** "no cross-day correlation", "cannot be linked", "unlinkable". */
const UNLINKABLE =
  /\b(?:no|without) (?:cross-(?:day|session|period) )?(?:correlation|linkage|linking|linkability)\b|\b(?:cannot|can't|can ?not) be (?:linked|correlated|re-?linked)\b|\bunlinkable\b|\bnot linkable\b/i;
const WINDOW_DAYS: Readonly<Record<string, number>> = { hourly: 0, daily: 1, weekly: 7, monthly: 31 };

/**
 * overclaim (pitfall 3): prose saying rotating ids cannot be linked, while event-level data is kept
 * longer than the rotation window (quasi-identifiers re-link across windows).
 */
export const overclaimRotation: LintRule = {
  name: 'overclaim-rotation-unlinkable',
  code: 'overclaim',
  description: 'Prose claims rotating ids are unlinkable while event-level data outlives the rotation window.',
  check: ({ policy, fields, texts }) => {
    const rotating = fields.filter((f) => isIdentifierField(f) && rotates(f.rule));
    const window = Math.min(...rotating.map((f) => WINDOW_DAYS[f.rule.pseudonym?.rotation ?? ''] ?? Infinity));
    const kept = policy.retention?.detailDays;
    if (rotating.length === 0 || (kept !== undefined && kept <= window)) return [];
    const period = kept === undefined ? 'for an undeclared period' : `for ${kept} days`;
    return texts
      .filter(({ text }) => UNLINKABLE.test(text))
      .map(({ pointer }) => ({
        pointer,
        message:
          `${where(pointer)} says rotating ids cannot be linked, but rotation only limits linkage through the id, and ` +
          `with event-level data kept ${period} quasi-identifiers (version, OS, locale, time zone, region, timing) can ` +
          're-link them (pitfall 3: GDPR Recital 26, WP29 Opinion 05/2014): record a linkability analysis or keep ' +
          'event-level data no longer than the rotation window.',
      }));
  },
};
