import { describe, expect, it } from 'vitest';
import { pseudonymShape } from '../../../../src/validate/checks/pseudonym.js';
import type { Pseudonym } from '../../../../src/policy/types.js';

const hex64 = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);

describe('pseudonymShape', () => {
  it.each([
    [{ method: 'hmac-sha256' }, hex64, true],
    [{ method: 'hmac-sha256' }, hex64.slice(1), false],
    [{ method: 'hmac-sha256' }, 'guild-1234', false],
    [{ method: 'hmac-sha256', length: 16 }, hex64.slice(0, 16), true],
    [{ method: 'salted-sha256', encoding: 'base64' }, `${'A'.repeat(43)}=`, true],
    [{ method: 'salted-sha256', encoding: 'base64url' }, 'A-_'.repeat(14) + 'x', true],
    [{ method: 'hmac-sha256', prefix: 'anon_' }, `anon_${hex64}`, true],
    [{ method: 'hmac-sha256', prefix: 'anon_' }, hex64, false],
    [{ method: 'uuid' }, '0b6f1c9e-3f4a-4c2d-9e8f-1a2b3c4d5e6f', true],
    [{ method: 'uuid' }, '12345', false],
    [{ method: 'random-id' }, 'Zx8aQ2mP0kLw9sT4', true],
    [{ method: 'random-id' }, 'short', false],
  ] as [Pseudonym, string, boolean][])('%j accepts %s: %s', (declaration, value, ok) => {
    expect(pseudonymShape(declaration).regex.test(value)).toBe(ok);
  });
});
