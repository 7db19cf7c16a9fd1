import { describe, expect, it } from 'vitest';
import { isSecretName, redactHeaders, redactQuery } from '../../../src/serve/redact.js';

describe('redaction of captured headers and query', () => {
  it.each([
    ['authorization', true], ['Proxy-Authorization', true], ['cookie', true], ['x-api-key', true], ['api_key', true],
    ['token', true], ['x-auth-token', true], ['writeKey', true], ['x-amz-security-token', true], ['password', true],
    ['content-type', false], ['user-agent', false], ['ver', false], ['compression', false], ['x-request-id', false],
  ])('%s is a secret name: %s', (name, secret) => {
    expect(isSecretName(name)).toBe(secret);
  });

  it('redacts header values and joins repeated ones', () => {
    expect(redactHeaders({ authorization: 'Bearer x', 'set-cookie': ['a=1', 'b=2'], accept: 'a/b', 'x-tag': ['1', '2'] })).toEqual({
      authorization: '[redacted]', 'set-cookie': '[redacted]', accept: 'a/b', 'x-tag': '1, 2',
    });
  });

  it('redacts query values, keeping the first of a repeated name, and survives a __proto__ key', () => {
    const out = redactQuery(new URLSearchParams('api_key=phc&ver=1&ver=2&__proto__=x'));
    expect({ ...out }).toEqual({ api_key: '[redacted]', ver: '1', ['__proto__']: 'x' });
    expect(redactQuery(undefined)).toEqual({});
  });
});
