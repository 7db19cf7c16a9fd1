/** Character profile of a string: one pass decides which detectors can possibly match. */
export interface Profile {
  digits: number;
  upper: number;
  lower: number;
  space: number;
  at: number;
  colon: number;
  dot: number;
  dash: number;
  slash: number;
  eq: number;
  other: number;
  /** Longest run of hex digits (a digest needs 32). */
  hexRun: number;
  /** Longest run of base64/token characters `[A-Za-z0-9+/_-]` (tokens and keys need 20). */
  tokenRun: number;
  /** Most digits in one number written with separators (phones, cards, SSNs, IPs). */
  numRun: number;
}

// Character classes for the profile loop (ASCII; everything above 127 is "other").
const K_LOWER = 1;
const K_DIGIT = 2;
const K_UPPER = 3;
const K_SPACE = 4;
const K_DOT = 5;
const K_DASH = 6;
const K_COLON = 7;
const K_SLASH = 8;
const K_AT = 9;
const K_EQ = 10;
const K_TOKEN = 11; // + _
const K_NUMSEP = 12; // ( )
const KIND = new Uint8Array(128);
for (let c = 97; c <= 122; c++) KIND[c] = K_LOWER;
for (let c = 48; c <= 57; c++) KIND[c] = K_DIGIT;
for (let c = 65; c <= 90; c++) KIND[c] = K_UPPER;
for (const c of [32, 9, 10, 13]) KIND[c] = K_SPACE;
KIND[46] = K_DOT;
KIND[45] = K_DASH;
KIND[58] = K_COLON;
KIND[47] = K_SLASH;
KIND[92] = K_SLASH;
KIND[64] = K_AT;
KIND[61] = K_EQ;
KIND[43] = K_TOKEN;
KIND[95] = K_TOKEN;
KIND[40] = K_NUMSEP;
KIND[41] = K_NUMSEP;

/** Count the character classes the detectors gate on (counters live in locals: the loop runs over every scanned character). */
export function profile(text: string): Profile {
  let digits = 0;
  let upper = 0;
  let lower = 0;
  let space = 0;
  let at = 0;
  let colon = 0;
  let dot = 0;
  let dash = 0;
  let slash = 0;
  let eq = 0;
  let other = 0;
  let hexRun = 0;
  let tokenRun = 0;
  let numRun = 0;
  let hex = 0;
  let token = 0;
  let num = 0;
  let gap = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? (KIND[c] as number) : 0;
    // Letters and digits first: most characters are one or the other.
    if (k === K_LOWER) {
      lower++;
      hex = c <= 102 ? hex + 1 : 0;
      token++;
      gap = 3;
      num = 0;
      if (hex > hexRun) hexRun = hex;
      if (token > tokenRun) tokenRun = token;
      continue;
    }
    if (k === K_DIGIT) {
      digits++;
      hex++;
      token++;
      num++;
      gap = 0;
      if (hex > hexRun) hexRun = hex;
      if (token > tokenRun) tokenRun = token;
      if (num > numRun) numRun = num;
      continue;
    }
    switch (k) {
      case K_UPPER: upper++; hex = c <= 70 ? hex + 1 : 0; token++; gap = 3; break;
      case K_SPACE: space++; hex = 0; token = 0; gap++; break;
      case K_DOT: dot++; hex = 0; token = 0; gap++; break;
      case K_DASH: dash++; hex = 0; token++; gap++; break;
      case K_COLON: colon++; hex = 0; token = 0; gap = 3; break;
      case K_SLASH: slash++; hex = 0; token = c === 47 ? token + 1 : 0; gap++; break;
      case K_AT: at++; hex = 0; token = 0; gap = 3; break;
      case K_EQ: eq++; hex = 0; token = 0; gap = 3; break;
      case K_TOKEN: hex = 0; token++; gap = c === 43 ? gap + 1 : 3; break;
      case K_NUMSEP: hex = 0; token = 0; gap++; break;
      default: if (c > 127) other++; hex = 0; token = 0; gap = 3;
    }
    // Digits joined by at most two separators (`+1 (415) 555-0100`, `4111 1111`) form one number run.
    if (gap > 2) num = 0;
    if (hex > hexRun) hexRun = hex;
    if (token > tokenRun) tokenRun = token;
  }
  return { digits, upper, lower, space, at, colon, dot, dash, slash, eq, other, hexRun, tokenRun, numRun };
}
