import { describe, expect, it } from 'vitest';
import { H, keyHints, normaliseKey } from '../../../src/detect/keys.js';

describe('key context', () => {
  it.each([
    ['userId', 'userid'],
    ['user_id', 'userid'],
    ['User-ID', 'userid'],
    ['user.id', 'userid'],
    ['$geoip_latitude', 'geoiplatitude'],
    ['x api key', 'xapikey'],
  ])('normaliseKey(%j) is %j', (key, norm) => {
    expect(normaliseKey(key)).toBe(norm);
  });

  it.each([
    ['ssn', '', 'SSN'],
    ['bday', '', 'DOB'],
    ['mac', '', 'MAC'],
    ['pwd', '', 'PASSWORD'],
    ['clientsecret', '', 'SECRET'],
    ['geo', '', 'GEO'],
    ['userid', '', 'USER_ID'],
    ['id', 'user', 'USER_ID'],
    ['name', 'customer', 'NAME'],
    ['givenname', '', 'NAME'],
    ['emailmd5', '', 'EMAIL_HASH'],
    ['sessionid', '', 'PSEUDO'],
    ['appversion', '', 'VERSION'],
  ] as const)('%s (under %j) carries %s', (norm, parent, hint) => {
    expect(keyHints(norm, parent) & H[hint]).not.toBe(0);
  });

  it.each([
    ['classname', 'SSN'],
    ['hmac', 'MAC'],
    ['passwordstrength', 'PASSWORD'],
    ['nextpagetoken', 'SECRET'],
    ['maxtokens', 'SECRET'],
    ['writekey', 'SECRET'],
    ['name', 'NAME'],
    ['id', 'USER_ID'],
    ['zip', 'IP'],
    ['flat', 'LAT'],
    ['emailhmac', 'EMAIL_HASH'],
  ] as const)('%s does not carry %s', (norm, hint) => {
    expect(keyHints(norm, '') & H[hint]).toBe(0);
  });
});
