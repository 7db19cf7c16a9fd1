/** Text matching shared by the over-claim checks: terms, negation, and where they were said. */

const NEGATION = /\b(?:not|never|no longer|isn't|aren't|wasn't|nor|non|neither|without)[\s-]+(?:(?:truly|really|fully|strictly|necessarily|considered|treated as|be|been|an?)\s+)*$/i;

/**
 * Claims of anonymity (pitfall 1): "anonymous", "anonymised", "no personal data", "no PII",
 * "untraceable", "not collect any identifiable information". "We cannot identify users" is left
 * out: it is the GDPR Art. 4(5)/Art. 11 position, not an anonymity claim.
 */
export const ANONYMITY =
  /\b(?:anonymi[sz](?:ed|es?|ing|ation)|anonymous(?:ly)?|no personal (?:data|information)|non-?personal (?:data|information)|no PII|(?:personally )?unidentifiable|untraceable|(?:not|never) (?:collect|store|send|log|record)\w* any (?:personally )?identifiable (?:information|data))\b/gi;

/** The first match of `pattern` in `text` that is not negated just before it ("not anonymous"). */
export function affirmed(text: string, pattern: RegExp): string | undefined {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const match of text.matchAll(global)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 40), match.index);
    if (!NEGATION.test(before)) return match[0];
  }
  return undefined;
}

/** Whether `text` says something matching `pattern` (negation not considered). */
export function mentions(text: string, pattern: RegExp): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);
}

/** Split prose into sentences (claims that span sentences are not combined). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+|\n+/).filter((s) => s.trim() !== '');
}

/** A pointer as a reader writes the path: `/processing/claims/0` → `processing.claims[0]`. */
export function where(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, s) => (/^\d+$/.test(s) ? `${out}[${s}]` : out === '' ? s : `${out}.${s}`), '');
}
