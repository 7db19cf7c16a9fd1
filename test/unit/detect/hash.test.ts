import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findingsIn } from './_helpers.js';

const email = 'Jane.Doe@example.com';
const md5 = createHash('md5').update(email.toLowerCase()).digest('hex');
const sha256 = createHash('sha256').update(email.toLowerCase()).digest('hex');
const sha1Raw = createHash('sha1').update(email).digest('hex');
const hmac = createHmac('sha256', 'server-secret').update(email).digest('hex');

describe('UNSALTED_HASH_OF_EMAIL', () => {
  it.each([
    [{ email_hash: md5 }, ['/email_hash UNSALTED_HASH_OF_EMAIL']],
    [{ hashed_email: sha256 }, ['/hashed_email UNSALTED_HASH_OF_EMAIL']],
    [{ emailSha256: `sha256:${sha256}` }, ['/emailSha256 UNSALTED_HASH_OF_EMAIL']],
    [{ avatar: `https://www.gravatar.com/avatar/${md5}?s=80&d=identicon` }, ['/avatar UNSALTED_HASH_OF_EMAIL']],
    [{ contact: email, match_key: sha256 }, ['/contact EMAIL', '/match_key UNSALTED_HASH_OF_EMAIL']],
    [{ contact: email, fp: sha1Raw }, ['/contact EMAIL', '/fp UNSALTED_HASH_OF_EMAIL']],
    [{ contact: email, note: `lookup ${md5} failed` }, ['/contact EMAIL', '/note UNSALTED_HASH_OF_EMAIL']],
  ])('finds %j', (value, expected) => {
    expect(findingsIn(value)).toEqual(expected);
  });

  it.each([
    [{ email_hmac: hmac }],
    [{ guild_hash: hmac }],
    [{ contact_hash: md5 }],
    [{ commit: 'bb039fbbbf7aac9c9f00e2e648ecefbb409cdece' }],
    [{ digest: `sha256:${sha256}` }],
    [{ email_hash: 'not-a-hash' }],
    [{ salted_email_hash: md5 }],
  ])('stays quiet on %j', (value) => {
    expect(findingsIn(value)).toEqual([]);
  });

  it('reads a digest written where an email goes as a hashed email (Meta CAPI `em`, ad platforms)', () => {
    expect(findingsIn({ user_data: { em: [sha256] } })).toEqual(['/user_data/em/0 UNSALTED_HASH_OF_EMAIL']);
    expect(findingsIn({ user: { email: md5 } })).toEqual(['/user/email UNSALTED_HASH_OF_EMAIL']);
    expect(findingsIn({ user: { email_hmac: md5 } })).toEqual([]);
  });
});

