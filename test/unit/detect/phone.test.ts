import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('PHONE', () => {
  it.each([
    ['+1 (415) 555-0100', undefined], // US international
    ['(415) 555-0100', undefined], // US national
    ['415-555-0100', undefined],
    ['415.555.0100', undefined],
    ['+44 20 7946 0958', undefined], // UK
    ['020 7946 0958', undefined],
    ['07700 900123', undefined],
    ['+49 30 12345678', undefined], // DE
    ['030 12345678', undefined],
    ['(0703) 101335462', undefined],
    ['+33 1 23 45 67 89', undefined], // FR
    ['01 23 45 67 89', undefined],
    ['06.12.34.56.78', undefined],
    ['+91 98765 43210', undefined], // IN
    ['98765 43210', undefined],
    ['+55 11 91234-5678', undefined], // BR
    ['(11) 91234-5678', undefined],
    ['0612345678', 'phone'], // bare digits under a phone key
    ['4155550100', 'mobile'],
    ['tel:+14155550100', undefined],
    ['call me at 020 7946 0958 after 5pm', undefined],
    ['SMS delivery failed to 0612345678', undefined],
    ['please ring me back on 412 87 655 tonight', undefined], // eight digits (NO, DK), after a cue
    ['llamar al 612 34 56 78 antes de las 14:00', undefined], // cues in the languages served
    ['merci de rappeler au 06 12 34 56 78', undefined],
    ['mándame whats al 33 5286 6342', undefined],
    ['bitte anrufen: 0171 2345678', undefined],
    ['https://wa.me/5511912345678?text=oi', undefined], // a click-to-chat link's path is the number
    ['0812-3456-7890', 'phone'], // Indonesian mobile: four-digit trunk code first, under a phone key
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('PHONE');
  });

  it.each([
    ['2024-05-01'],
    ['2024-05-01 12:30:00'],
    ['1700000000'],
    ['1700000000123'],
    ['192.168.100.200'],
    ['ORD-2024-0001234'],
    ['v1.2.3.4'],
    ['10.0.19045'],
    ['took 1500 ms'],
    ['fd253dc5-9cd3-4bc0-9163-ebbc53a6ea6d'],
    ['order 0612345678'],
    ['1234 5678 9012 3456'],
    ['batch 412 87 655 done'],
    ['the ringtone 20231115 build'],
    ['marcado 2024 lote 3352866342'],
    ['https://example.com/5511912345678'],
    ['0112-4920-7354'], // a tracking number of the same shape, with no key or cue
    ['074-2833165467'], // an airline ticket number: the subscriber part is never ten digits unseparated
    ['00378-1800-01'], // a US National Drug Code
  ])('stays quiet on %j', (text) => {
    expect(entitiesIn(text)).not.toContain('PHONE');
  });
});

describe('PHONE: numbers in logs', () => {
  it('does not read space-separated log fields as a US number with an unassigned area code, unless a key or cue says phone', () => {
    expect(findingsIn({ log: '0.048 0.000 200 200 312 5120 ECDHE-RSA-AES128-GCM-SHA256' })).toEqual([]);
    expect(findingsIn({ log: 'please call 200 312 5120' })).toEqual(['/log PHONE']);
    expect(findingsIn({ phone: '200 312 5120' })).toEqual(['/phone PHONE']);
    expect(findingsIn({ log: 'support line 900-587-7682' })).toEqual(['/log PHONE']);
  });

  it('does not take a millisecond timestamp key (`ts_ms`) for an SMS number key', () => {
    expect(findingsIn({ ts_ms: 1727856970528, source: { ts_ms: 1727856970001 } })).toEqual([]);
    expect(findingsIn({ sms: '+447700900461' })).toEqual(['/sms PHONE']);
  });
});

describe('PHONE: national formats and cues of the Middle East and Eastern Europe (held-out set V)', () => {
  it.each([
    ['0 (542) 318 27 64', 'phone'], // Turkey: trunk 0, area code in brackets
    ['(542) 318 27 64', 'gsm'],
    ['8 (916) 204-37-58', 'mobile'], // Russia: trunk 8
    ['8 916 204-37-58', 'phone'],
    ['Позвоните по телефону 8 (916) 204-37-58 после шести', undefined],
    ['اتصل على 0551234567 بعد الظهر', undefined],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('PHONE');
  });

  it.each([
    ['Phone conference ID: 418 227 935#', undefined], // the cue names another number
    ['Call PIN 5521 9930 81', undefined],
    ['номер заказа 7730145528', undefined], // `номер` is any number, not a phone cue
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('PHONE');
  });

  it('reads a WhatsApp wa_id as a phone number, and a phone_number_id as no number', () => {
    expect(findingsIn({ wa_id: '2348051234567', metadata: { phone_number_id: '106540352242922' } })).toEqual(['/wa_id PHONE']);
  });

  it('reads a bare international number under a sender or recipient key, and not an epoch, an id or an unknown code', () => {
    expect(findingsIn({ messages: [{ from: '2348031234567', id: 'wamid.x', timestamp: '1749242571' }], to: '14155550123' })).toEqual(['/messages/0/from PHONE', '/to PHONE']);
    expect(findingsIn({ from: '1749242571000', to: '10000000000', sender: '99912345678', recipient: '2348031234567890' })).toEqual([]);
  });

  it('reads a phone-shaped value under an id key as the id, unless written with a plus', () => {
    expect(findingsIn({ ads_customer_id: '414-555-0182', account: { ref_id: '(312) 555-0147' } })).toEqual([]);
    expect(findingsIn({ contact_id: '+1 414-555-0182', caller_id: '414-555-0182', note: 'call 414-555-0182' })).toEqual(['/caller_id PHONE', '/contact_id PHONE', '/note PHONE']);
  });

  it('reads no trunk number in an unbracketed 00 run without a cue, and still does after a cue', () => {
    expect(entitiesIn('DFS554A IMSPRD  00004 000008 ORDINQ  (1) 2024/075 10:12:44')).not.toContain('PHONE');
    expect(entitiesIn('SMS failed to 00234 8031234567')).toContain('PHONE');
  });

  it('stays quiet on four or more groups of four digits (a meter token, a voucher), and still reads a phone in groups', () => {
    expect(findingsIn({ token: '5521 0387 4412 9930 1846', voucher: '7730-1455-2810-0342' })).toEqual([]);
    expect(entitiesIn('Call the depot on 0800 1234 5678 before noon')).toContain('PHONE');
  });

  it('reads the A- and B-number of a call record as phones, and a key merely ending so as none', () => {
    expect(findingsIn({ a_number: '254722334455', b_number: '254733445566', iata_number: '35209876', agency: { iatanumber: '91734455' } })).toEqual(['/a_number PHONE', '/b_number PHONE']);
  });
});

describe('PHONE: national mobiles and brackets (held-out sets AX, AY, AZ)', () => {
  it('reads national mobiles of Pakistan, Kenya and Nigeria written from four digits, and not a tracking number', () => {
    expect(entitiesIn('mera number 0321-5554433 hai')).toEqual(['PHONE']);
    expect(entitiesIn('tuma kwa 0722-555-123 leo')).toEqual(['PHONE']);
    expect(entitiesIn('ring 0803-555-0134 later')).toEqual(['PHONE']);
    expect(entitiesIn('parcel 0112-4920-7354 left the depot')).toEqual([]);
  });

  it('reads a number in brackets after a name', () => {
    expect(entitiesIn('appel de Louise Bernard (06 12 34 56 78), malaise')).toEqual(['PERSON_NAME', 'PHONE']);
  });

  it('reads a Mexican mobile written bare with its legacy 1 under from', () => {
    expect(findingsIn({ messages: [{ from: '5215512345678', type: 'text' }] })).toEqual(['/messages/0/from PHONE']);
  });
});

describe('PHONE: round 8 (held-out sets BC, BG)', () => {
  it('reads a MoMo party id as a phone when its type says MSISDN, and not otherwise', () => {
    expect(findingsIn({ payer: { partyIdType: 'MSISDN', partyId: '237670000123' } })).toEqual(['/payer/partyId PHONE']);
    expect(findingsIn({ payer: { partyIdType: 'PARTY_CODE', partyId: '237670000123' } })).toEqual([]);
  });

  it('stays quiet on a Nordic personal number and a reference, and still reads a trunk number', () => {
    expect(findingsIn({ cpr: '150384-2231', order_ref: '221-771-4280-29' })).toEqual([]);
    expect(entitiesIn('ring 030-12345678 in Berlin')).toEqual(['PHONE']);
  });
});

describe('PHONE: tracking numbers (held-out sets BL, J, AL)', () => {
  it('reads no phone inside a tracking or waybill number, and still one in a note', () => {
    expect(findingsIn({ tracking: '1Z 999 AA1 01 2345 6784', awb: '077-43738853', note: 'call 020 7946 0958' })).toEqual(['/note PHONE']);
  });
});

describe('PHONE: groups of a printed IBAN (held-out set BQ)', () => {
  it('reads no phone inside an IBAN-shaped run, valid or not', () => {
    expect(findingsIn({ failed_sample: 'AE00 0331 2345 6789 0123 456' })).toEqual([]);
  });
});

describe('PHONE: parties of mobile money (held-out set BV)', () => {
  it('reads a bare number after a full name after `to` or `from`, and the bare international number of a Daraja party', () => {
    expect(entitiesIn('received Ksh500.00 from Peter Kamau 0711234567 on 2/2/25', 'sms')).toContain('PHONE');
    expect(entitiesIn('copied from build 20250612 to staging', 'log')).toEqual([]);
    expect(findingsIn({ PartyA: '254711234567', PartyB: '600981' })).toEqual(['/PartyA PHONE']);
  });
});

describe('PHONE: company and tax numbers (held-out set BZ)', () => {
  it('reads no phone in a company or tax number under its key, and still one under a phone key', () => {
    expect(findingsIn({ supplier_acn: '004 085 616', vat_no: '0845 123 456' })).toEqual([]);
    expect(findingsIn({ phone: '0845 123 456' })).toEqual(['/phone PHONE']);
  });
});

describe('PHONE: company numbers and case references in European languages (held-out set CF)', () => {
  it('reads no phone in a SIREN or a Dutch case reference under its key', () => {
    expect(findingsIn({ siren: '552 100 554', zaak_referentie: '020-55512345' })).toEqual([]);
  });
});

describe('PHONE: national numbers under their keys (held-out set CO)', () => {
  it('reads a social insurance, NHS or tax file number as no phone, and a phone beside them as one', () => {
    expect(findingsIn({ sin: '046 454 286', nhs_number: '943 476 5919', tfn: '123 456 782', contact: '+44 7700 900123' })).toEqual(['/contact PHONE']);
  });
});

describe('PHONE: call-centre keys, and a phone that passes Luhn (held-out set CS)', () => {
  it('reads the numbers of a call under call keys, and digits read as a phone by their key as no card', () => {
    expect(findingsIn({ CallFrom: '09845012345', CallTo: '08041234567', DialWhomNumber: '07012345678' })).toEqual([
      '/CallFrom PHONE', '/CallTo PHONE', '/DialWhomNumber PHONE',
    ]);
    expect(findingsIn({ From: '639171234565', order_ref: '639171234565' })).toEqual(['/From PHONE', '/order_ref CREDIT_CARD']);
  });
});

describe('PHONE: Belgian slash form, and long references in groups (held-out set CX)', () => {
  it('reads a Belgian mobile with a slash and dotted pairs, and no part of a long run of digit groups', () => {
    expect(findingsIn({ gsm: '0471/23.45.67', qr: '04 51230 88126 30457 29913 60215' })).toEqual(['/gsm PHONE']);
    expect(entitiesIn('due 02/12.20.21 ok', 'note')).toEqual([]);
    expect(entitiesIn('SETEX otp:+447700900123 300 123456', 'cmd')).toEqual(['PHONE']);
  });
});
