/** Ways a value is hidden inside a string field. Each name is what the detectors report as a layer. */
export type DisguiseName = 'plain' | 'sentence' | 'percent' | 'percent-twice' | 'base64' | 'base64url' | 'url-query' | 'json' | 'stack-trace';

/** Every disguise, in a fixed order. */
export const DISGUISES: readonly DisguiseName[] = ['plain', 'sentence', 'percent', 'percent-twice', 'base64', 'base64url', 'url-query', 'json', 'stack-trace'];

/** Hide `value` with a disguise; `words` are filler words for the sentence forms. */
export function disguise(value: string, how: DisguiseName, words: readonly string[] = ['lorem', 'ipsum']): string {
  const [a = 'lorem', b = 'ipsum'] = words;
  switch (how) {
    case 'plain':
      return value;
    case 'sentence':
      return `${a} ${value} ${b}`;
    case 'percent':
      return encodeURIComponent(value);
    case 'percent-twice':
      return encodeURIComponent(encodeURIComponent(value));
    case 'base64':
      return Buffer.from(value).toString('base64');
    case 'base64url':
      return Buffer.from(value).toString('base64url');
    case 'url-query':
      return `https://example.com/search?q=${encodeURIComponent(value)}`;
    case 'json':
      return JSON.stringify({ note: value });
    case 'stack-trace':
      return `Error: ${a} failed for ${value}\n    at ${b} (/app/src/${a}.js:12:7)`;
  }
}
