// Characters RFC 3986 allows in a URI reference, plus `%` (checked separately for its two hex digits).
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isCanonicalUrl(input: string): boolean {
  if (!/^(https?|file):\/\//i.test(input) || !URI_CHARS.test(input) || BAD_PERCENT.test(input)) return false;
  try {
    return new URL(input).href === input;
  } catch {
    return false;
  }
}

/**
 * An input name as an RFC 3986 URI reference (SARIF `artifactLocation.uri`): a canonical
 * http(s)/file URL is kept; anything else is a path whose segments are percent-encoded
 * (backslashes become `/`, so `C:\x\a b.json` → `C%3A/x/a%20b.json`).
 */
export function toUriReference(input: string): string {
  if (isCanonicalUrl(input)) return input;
  return input
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
