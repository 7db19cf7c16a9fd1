import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('EMAIL', () => {
  it.each([
    ['jane.doe@example.com', undefined],
    ['Please contact jane.doe+news@mail.example.co.uk today', undefined],
    ['mailto:jane@example.org?subject=Hi', undefined],
    ['jane at gmail dot com', 'email'],
    ['amaka obi at yahoo dot co dot uk', 'contact_email'], // a local part spoken as words, under an email key
    ['jane [at] gmail [dot] com', undefined],
    ['j.doe (at) example (dot) org', 'note'],
    ['jane.doe%40example.com', undefined],
    ['amFuZS5kb2VAZXhhbXBsZS5jb20=', 'data'],
    ['{"contact":"jane@example.com"}', 'payload'],
    ['Error: user jane@example.com not found\n    at handler (/app/src/x.js:1:2)', 'stack'],
    ['müller@beispiel.de', undefined],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('EMAIL');
  });

  it.each([
    ['git@github.com:org/repo.git'],
    ['ssh://git@github.com/org/repo'],
    ['https://0123456789abcdef0123456789abcdef@o12345.ingest.sentry.io/678'],
    ['posthog-js@1.96.0'],
    ['@scope/pkg@1.2.3'],
    ['icon@2x.png'],
    ['user@localhost'],
    ['meet at the office dot com later'],
    ['jane at gmail dot com'],
    ['amaka obi at yahoo dot co dot uk'],
  ])('stays quiet on %j', (text) => {
    expect(entitiesIn(text)).not.toContain('EMAIL');
  });
});

describe('EMAIL: machine identifiers shaped like addresses', () => {
  it('does not read a Message-ID or a calendar UID as a mailbox, but keeps addresses next to them', () => {
    expect(findingsIn({ message_id: '<92e2d31b23a8@mail.example.org>', 'Message-ID': '<494c24196ad74220.1570726371@mx.example.org>' })).toEqual([]);
    expect(findingsIn({ ics: 'BEGIN:VEVENT\nUID:df39ede3-982b-4cef-b66d-39ec104e6caf@rooms.example\nORGANIZER:mailto:jane.doe@example.com\nEND:VEVENT' })).toEqual(['/ics EMAIL']);
    // a mailbox with hex-looking letters, and digits at an SMS gateway, are still addresses
    expect(findingsIn({ a: 'face.bead@example.com', b: '4155550100@txt.example.net', c: 'dev42@example.com' }).sort()).toEqual(['/a EMAIL', '/b EMAIL', '/c EMAIL']);
  });
});
