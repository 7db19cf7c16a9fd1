// Characters RFC 3986 allows in a URI reference, plus `%` (checked separately for its two hex digits).
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const isUriClean = (text: string): boolean => URI_CHARS.test(text) && !BAD_PERCENT.test(text);

// WHATWG URLs leave some characters RFC 3986 forbids in a path, query or fragment (`|`, `^`, `[`, `#`…).
const NOT_PCHAR = /[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g;
const encodeRest = (text: string): string =>
  text.replace(NOT_PCHAR, (c) => encodeURIComponent(c)).replace(/%(?![0-9A-Fa-f]{2})/g, '%25');

/** The WHATWG-normalised form of an http(s)/file URL, made a clean RFC 3986 URI; else undefined. */
function normalisedUrl(input: string): string | undefined {
  if (!/^(https?|file):\/\//i.test(input)) return undefined;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  const rest = `${url.pathname}${url.search}${url.hash}`;
  const prefix = url.href.slice(0, url.href.length - rest.length);
  if (!isUriClean(prefix)) return undefined;
  const hash = url.hash === '' ? '' : `#${encodeRest(url.hash.slice(1))}`;
  return `${prefix}${encodeRest(`${url.pathname}${url.search}`)}${hash}`;
}

/**
 * An input name as an RFC 3986 URI reference (SARIF `artifactLocation.uri`): an http(s)/file
 * URL is normalised (`http://h/a b` → `http://h/a%20b`); anything else is a path whose segments
 * are percent-encoded (backslashes become `/`, so `C:\x\a b.json` → `C%3A/x/a%20b.json`).
 */
export function toUriReference(input: string): string {
  const url = normalisedUrl(input);
  if (url !== undefined) return url;
  return input
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
