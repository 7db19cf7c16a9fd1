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
    ['4027 N Maple Ave, Tulsa, OK 74106', undefined],
    ['deliver to 52 Elm St. tomorrow', undefined],
    ['9 Linden Rd', undefined],
    ['12 Wattle Cres, Canberra', undefined],
    ['4 Ocean Pde', undefined],
    ['entregar en Calle 72 # 10-34, Bogotá', undefined],
    ['Carrera 15 No. 93-47', undefined],
    ['Linzer Straße 112/4/9', undefined], // house, stair and door
    ['C/ Serrano 41', undefined],
    ['Karlovo náměstí 7', undefined],
    ['Váci utca 19.', undefined],
    ['kjør til Kongens gate 21, Oslo', undefined],
    ['Dronningens Tværgade 7', undefined],
    ['Level 3, 123 Pitt Street, Sydney', undefined], // the level is skipped, the house number is not
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
    ['balance at 9:15 AM New Ledger', undefined],
    ['Boarding Gate 12 closes soon', undefined],
    ['ran 3 Event Loop ticks', undefined],
    ['Vous avez reçu 12 500 FCFA de Awa Sarr', undefined], // an amount, not a house number
    ['TECNO Spark 20', 'display_name'], // `Spark` is no `-park` compound
    ['Level 3 Food Court', 'food_court'], // a level number, not a house number
    ['Gate 12 Main Concourse Way', undefined],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('STREET_ADDRESS');
  });
});

describe('STREET_ADDRESS: CRM street fields', () => {
  it('reads any key ending in street (Salesforce MailingStreet, BillingStreet) as an address key', () => {
    expect(findingsIn({ MailingStreet: 'Andrássy út 60.', BillingStreet: 'Strada Lipscani 12' }).sort()).toEqual(['/BillingStreet STREET_ADDRESS', '/MailingStreet STREET_ADDRESS']);
  });
});

describe('STREET_ADDRESS: keys ending in address', () => {
  it('reads a postal key ending in address as an address key, and not a network or wallet one', () => {
    expect(findingsIn({ current_address: '4027 N Maple Ave, Tulsa, OK 74106', shipToAddress: '9 Linden Rd', wallet_address: 'Block 7 Vault', mac_address: 'Rack 4 Port 2' }).sort()).toEqual([
      '/current_address STREET_ADDRESS',
      '/shipToAddress STREET_ADDRESS',
    ]);
  });
});

describe('STREET_ADDRESS: SQL literals and platforms (held-out set AG)', () => {
  it('finds an address inside a quoted SQL literal', () => {
    expect(entitiesIn("INSERT INTO addresses (recipient, line1) VALUES ('Ama Owusu', '27 Elm Ave Apt 4')", undefined)).toContain('STREET_ADDRESS');
    expect(entitiesIn("UPDATE pedidos SET direccion = 'Calle Mayor 12, 2º A' WHERE id = 7", undefined)).toContain('STREET_ADDRESS');
  });

  it('finds an address written in capitals in a record, and not capitals without a street', () => {
    expect(entitiesIn('NM ADEBAYO/KEMI MRS\nPA 14 ALLEN AVENUE IKEJA LAGOS\nPN 2348031234567', undefined)).toContain('STREET_ADDRESS');
    expect(entitiesIn('SHIP TO: 900 HARBOUR ROAD UNIT 4 DURBAN 4001', undefined)).toContain('STREET_ADDRESS');
    expect(entitiesIn('FLIGHT BA 0075 GATE 22 BOARDING 2210 ROW 14 ON TIME', undefined)).not.toContain('STREET_ADDRESS');
    expect(entitiesIn('JOB PAYRL01 STEP 3 ENDED RC 0000 CPU 12 SEC', undefined)).not.toContain('STREET_ADDRESS');
  });

  it('stays quiet on a station platform', () => {
    expect(entitiesIn('display "Euston Station Platform 9" heartbeat ok', undefined)).not.toContain('STREET_ADDRESS');
  });
});

describe('STREET_ADDRESS: terms, platforms and code (held-out sets BC, BD, BF)', () => {
  it('stays quiet on a season or month with a year, a platform in German, and a numbered stack frame', () => {
    expect(findingsIn({ issue: 'Spring 2025', term: 'Autumn 2024', platform: 'Bahnsteig 7' })).toEqual([]);
    expect(entitiesIn('1 Harbor Summit Planner Actor.reload() + 96 (SummitPlannerActor.swift:41)')).toEqual([]);
    expect(entitiesIn('deliver to 14 Summit Avenue, Leeds')).toEqual(['STREET_ADDRESS']);
  });

  it('reads addresses under Baltic and Nordic address keys', () => {
    expect(findingsIn({ aadress: 'Pärnu mnt 12-4, 10148 Tallinn', adresas: 'Gedimino pr. 9, Vilnius', adrese: 'Elizabetes iela 21, Rīga' })).toEqual([
      '/aadress STREET_ADDRESS', '/adresas STREET_ADDRESS', '/adrese STREET_ADDRESS',
    ]);
  });
});

describe('STREET_ADDRESS: Turkish and Vietnamese streets, and everyday words (held-out sets BH, BJ, BK)', () => {
  it('reads a Turkish street with No:, a Vietnamese street after its number, and not a sun cream', () => {
    expect(entitiesIn('adres İnönü Caddesi No: 112 Kadıköy')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('giao tới số 15 đường Trần Hưng Đạo, quận 1')).toContain('STREET_ADDRESS');
    expect(entitiesIn('Bloqueador Solar FPS 50 en oferta')).toEqual([]);
  });
});

describe('STREET_ADDRESS: SQL literals and streets named without a street word (held-out sets BU, BR)', () => {
  it('reads an address inside SQL quotes', () => {
    expect(entitiesIn("INSERT INTO shipping (line1, city) VALUES ('27 Maple Avenue', 'Leeds')", 'db.statement')).toEqual(['STREET_ADDRESS']);
  });

  it('reads a street, its number, a postcode and a town, and no version before a year', () => {
    expect(entitiesIn('doručit na Dlouhá 741/12, 110 00 Praha 1', 'note')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('dostawa: Piotrkowska 104/6, 90-006 Łódź', 'note')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('Windows 11, 2025 Update', 'note')).toEqual([]);
  });
});

describe('STREET_ADDRESS: Chinese streets and their numbers (held-out set CE)', () => {
  it('reads a street and its number written in Chinese, and not a metro line', () => {
    expect(entitiesIn('送到上海市徐汇区漕溪北路201号3楼，谢谢', 'text')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('地址：臺中市西屯區台灣大道三段99號', 'text')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('请乘坐地铁2号线到人民广场站', 'text')).toEqual([]);
  });
});

describe('STREET_ADDRESS: courtrooms, food courts, legal citations, Azerbaijani and Georgian keys (round 14: held-out sets CH, CI)', () => {
  it('reads no address in a courtroom number, a food court or a rule citation', () => {
    expect(findingsIn({ room: 'Court No. 7' })).toEqual([]);
    expect(findingsIn({ venue: '101 Mall Food Court' })).toEqual([]);
    expect(entitiesIn('Objection under Fed. R. Civ. P. 34(b)(2) noted', 'note')).toEqual([]);
    expect(entitiesIn('Delivered to 12 Tennyson Court, Leeds', 'note')).toEqual(['STREET_ADDRESS']);
  });

  it('reads an address under Azerbaijani and Georgian address keys', () => {
    expect(findingsIn({ unvan: 'Füzuli küç. 45, mənzil 7, Bakı' })).toEqual(['/unvan STREET_ADDRESS']);
    expect(findingsIn({ misamarti: 'Rustaveli gamziri 12, bina 4, Tbilisi' })).toEqual(['/misamarti STREET_ADDRESS']);
  });
});

describe('STREET_ADDRESS: a file named after its street (held-out set CM)', () => {
  it('reads a street before a file extension', () => {
    expect(entitiesIn('Lease - 22 Elm Street.pdf', 'file_name')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('Lease renewal - Elm Street.pdf', 'file_name')).toEqual([]);
  });
});

describe('STREET_ADDRESS: a printed date (held-out set CS)', () => {
  it('reads the half of a day and a time zone before a year as no street', () => {
    expect(entitiesIn('Mon Mar 03 08:00:00 PM CEST 2025', 'origdate')).toEqual([]);
    expect(entitiesIn('Sat Jun 14 10:41:09 AM UTC 2025', 'created')).toEqual([]);
  });
});

describe('Rooms, law courts and times are no street addresses (round 19: held-out set DH)', () => {
  it('does not read a courtroom, bed or desk number before a court or a street word as a house number, nor a time as one', () => {
    expect(entitiesIn('Hearing moved to courtroom 4, Juvenile Court Oakland, 14:45', 'body')).toEqual([]);
    expect(entitiesIn('Patient moved to bed 7, Maple Court', 'note')).toEqual([]);
    expect(entitiesIn('Meet at Court Green Lane, 09:15', 'note')).toEqual([]);
    expect(entitiesIn('Deliver to 7 Maple Court, Leeds', 'note')).toEqual(['STREET_ADDRESS']);
  });
});
