import { describe, expect, it } from 'vitest';
import { entitiesIn } from './_helpers.js';

describe('CREDIT_CARD', () => {
  it.each([
    ['4111 1111 1111 1111', undefined], // Visa
    ['4111-1111-1111-1111', undefined],
    ['5555555555554444', undefined], // Mastercard
    ['2223003122003222', undefined], // Mastercard 2-series
    ['3782 822463 10005', undefined], // Amex 4-6-5
    ['6011111111111117', undefined], // Discover
    ['3530111333300000', undefined], // JCB
    ['payment with card 4012888888881881 declined', undefined],
    ['4111%201111%201111%201111', undefined],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('CREDIT_CARD');
  });

  it.each([
    ['4111111111111112'], // fails Luhn
    ['1234567812345678'], // no issuer, non-Luhn
    ['1700000000000000000'], // nanosecond timestamp
    ['4111 11111 111 1111'], // not a card grouping
    ['0000000000000000'],
    ['order 4111111111111112 shipped'],
  ])('stays quiet on %j', (text) => {
    expect(entitiesIn(text)).not.toContain('CREDIT_CARD');
  });

  it('reads a card in a CSV row after a numeric field, and not a long number that fails Luhn there', () => {
    expect(entitiesIn('batch,date,card,amount\nB12,20240626,3782 822463 10005,129.90')).toContain('CREDIT_CARD');
    expect(entitiesIn('batch,date,gtin,amount\nB12,20240626,4111111111111112,129.90')).not.toContain('CREDIT_CARD');
  });

  it('reads a card in a GDS form-of-payment element, and not digits glued to other letters', () => {
    expect(entitiesIn('FPCCCA5555555555554444/1127', 'command')).toContain('CREDIT_CARD'); // Amadeus
    expect(entitiesIn('5*AX378282246310005¥09/28', 'entry')).toContain('CREDIT_CARD'); // Sabre
    expect(entitiesIn('REFXX5555555555554444', 'ref')).not.toContain('CREDIT_CARD');
    expect(entitiesIn('FPCASH', 'command')).not.toContain('CREDIT_CARD');
  });
});

describe('IBAN', () => {
  it.each([
    ['DE89370400440532013000', undefined],
    ['DE89 3704 0044 0532 0130 00', undefined],
    ['GB82 WEST 1234 5698 7654 32', undefined],
    ['FR1420041010050500013M02606', undefined],
    ['NL91ABNA0417164300', undefined],
    ['refund sent to BE68539007547034 today', undefined],
    ['de89370400440532013000', 'iban'],
    ['SN58K01001520000258450001061', undefined], // UEMOA and CEMAC banks issue IBANs outside the SWIFT registry
    ['CM49 1000 1001 0001 2345 6789 010', undefined],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('IBAN');
  });

  it.each([
    ['DE89370400440532013001'], // wrong check digits
    ['DE8937040044053201300'], // wrong national length
    ['XX89370400440532013000'], // unknown country
    ['SN58K01001520000258450001062'], // wrong check digits
    ['ABCD1234EFGH5678'],
  ])('stays quiet on %j', (text) => {
    expect(entitiesIn(text)).not.toContain('IBAN');
  });
});
