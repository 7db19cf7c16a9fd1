// XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// With the `u` flag a lone surrogate is one code point outside these ranges, so it is stripped too.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Remove the characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/F). */
export function stripIllegalXml(text: string): string {
  return text.replace(ILLEGAL, '');
}

/** Escape text content (`&`, `<`, `>`; `\r` as a reference so parsers keep it). */
export function xmlText(text: string): string {
  return stripIllegalXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escape an attribute value; tabs and line breaks as references so attribute normalisation keeps them. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
