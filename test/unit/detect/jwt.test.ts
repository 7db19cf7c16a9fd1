import { describe, expect, it } from 'vitest';
import { entitiesIn } from './_helpers.js';

const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: '1234567890', iat: 1516239022 })}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`;
const unsigned = `${b64({ alg: 'none' })}.${b64({ sub: 'x' })}.`;

describe('JWT', () => {
  it.each([
    [jwt, undefined],
    [unsigned, undefined],
    [`Authorization: Bearer ${jwt}`, undefined],
    [`https://app.example.com/callback#access_token=${jwt}&token_type=bearer`, undefined],
    [encodeURIComponent(jwt).replace(/\./g, '%2E'), 'token'],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('JWT');
  });

  it.each([
    ['eyJhbGciOiJIUzI1NiJ9.not-json-at-all.sig'],
    [`${b64({ foo: 1 })}.${b64({ sub: 'x' })}.sig`], // header without alg/typ
    ['a.b.c'],
    ['1.2.3'],
  ])('stays quiet on %j', (text) => {
    expect(entitiesIn(text)).not.toContain('JWT');
  });
});
