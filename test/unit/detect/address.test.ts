import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('STREET_ADDRESS', () => {
  it.each([
    ['1600 Pennsylvania Avenue NW', undefined],
    ['ship to 12 Main Street Apt. 4 before noon', undefined],
    ['221B Baker Street', undefined],
    ['Hauptstraße 12', undefined],
    ['Friedrich-List-Str. 94', undefined],
    ['12 rue de la Paix', undefined],
    ['Calle Mayor 5', undefined],
    ['Via Roma, 10', undefined],
    ['Rua Augusta, 1234', undefined],
    ['Kerkstraat 12', undefined],
    ['ul. Marszałkowska 84', undefined],
    ['Am Markt 3', undefined],
    ['Flat 2, 14 Elm Road', 'address'],
    ['Hauptstr. 5', 'street'],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('STREET_ADDRESS');
  });

  it.each([
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36', undefined],
    ['Top 5 Key Points', undefined],
    ['Berlin', 'address'],
    ['10.1.2.3', 'ip_address'],
    ['jane@example.com', 'email_address'],
    ['0x7ffee4b5c8a0', 'address'],
    ['retrying request 3 of 5', undefined],
    ['Order 12345 shipped', undefined],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('STREET_ADDRESS');
  });
});

describe('STREET_ADDRESS: CRM street fields', () => {
  it('reads any key ending in street (Salesforce MailingStreet, BillingStreet) as an address key', () => {
    expect(findingsIn({ MailingStreet: 'Andrássy út 60.', BillingStreet: 'Strada Lipscani 12' }).sort()).toEqual(['/BillingStreet STREET_ADDRESS', '/MailingStreet STREET_ADDRESS']);
  });
});
