import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectString } from '../../../src/detect/index.js';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('detect: the contract', () => {
  it('returns RFC 6901 pointers into the value, escaping ~ and /', () => {
    const found = detect({ 'a/b': { 'c~d': ['x', 'jane@example.com'] } });
    expect(found.map((d) => d.pointer)).toEqual(['/a~1b/c~0d/1']);
  });

  it('reports one detection per pointer and entity, with key, kind, masked evidence and disguise', () => {
    const [d, ...rest] = detect({ note: 'mail jane@example.com or jane@example.com' });
    expect(rest).toEqual([]);
    expect(d).toEqual({ entity: 'EMAIL', kind: 'pii', pointer: '/note', key: 'note', evidence: 'j***@e***.com', disguise: ['free-text'], confidence: 0.95 });
  });

  it.each([
    [{ token: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' }, 'secret'],
    [{ email_hash: '5d41402abc4b2a76b9719d911017c592' }, 'unsalted-hash'],
    [{ ip: '81.2.69.142' }, 'pii'],
  ])('classifies %j as %s', (value, kind) => {
    expect(detect(value).map((d) => d.kind)).toEqual([kind]);
  });

  it('records the disguise layers, outermost first', () => {
    const inner = Buffer.from(JSON.stringify({ email: 'jane@example.com' })).toString('base64');
    expect(detect({ state: encodeURIComponent(inner) })[0]?.disguise).toEqual(['percent', 'base64', 'json']);
    expect(detect({ q: 'jane.doe%2540example.com' })[0]?.disguise).toEqual(['percent', 'percent']);
  });

  it('narrows to options.entities and skips options.skip pointers', () => {
    const value = { a: 'jane@example.com', b: '81.2.69.142', c: { d: 'bob@example.org' } };
    expect(detect(value, { entities: ['IP_ADDRESS'] }).map((d) => d.pointer)).toEqual(['/b']);
    expect(detect(value, { skip: new Set(['/a', '/c']) }).map((d) => d.pointer)).toEqual(['/b']);
  });

  it('adds policy patterns as custom detections', () => {
    const found = detect({ ticket: 'see INC-12345' }, { patterns: [{ name: 'incident-id', pattern: 'INC-\\d{5}', entity: 'API_KEY' }] });
    expect(found).toEqual([{ entity: 'API_KEY', kind: 'custom', pointer: '/ticket', key: 'ticket', evidence: 'I***5(9)', disguise: [], confidence: 0.9, rule: 'incident-id' }]);
  });

  it('scans a lone string under a context key with pointer ""', () => {
    expect(detectString('123456789', 'ssn').map((d) => [d.pointer, d.entity, d.key])).toEqual([['', 'US_SSN', 'ssn']]);
  });

  it('uses OTLP attribute keys (and kvlist nesting) as key context', () => {
    const payload = {
      attributes: [
        { key: 'user.email', value: { stringValue: 'jane at gmail dot com' } },
        { key: 'user', value: { kvlistValue: { values: [{ key: 'name', value: { stringValue: 'Okonkwo Adebayo' } }] } } },
      ],
    };
    expect(detect(payload).map((d) => `${d.pointer} ${d.entity}`).sort()).toEqual([
      '/attributes/0/value/stringValue EMAIL',
      '/attributes/1/value/kvlistValue/values/0/value/stringValue PERSON_NAME',
    ]);
  });

  it('gives the value of a small {value, …} object the key it sits under (Terraform outputs, SCIM lists)', () => {
    const payload = {
      admin_password: { sensitive: false, type: 'string', value: 'Harmattan#2291' },
      emails: [{ value: 'bola.ade@example.org', type: 'work', primary: true }],
      phoneNumbers: [{ value: '+44 20 7946 0321', type: 'mobile' }],
      price: { value: 'Standard Plan', currency: 'NGN' },
    };
    expect(detect(payload).map((d) => `${d.pointer} ${d.entity}`).sort()).toEqual([
      '/admin_password/value PASSWORD',
      '/emails/0/value EMAIL',
      '/phoneNumbers/0/value PHONE',
    ]);
  });
});

describe('detect: hostile input never throws or hangs', () => {
  it('handles any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => Array.isArray(detect(v))), { numRuns: 300 });
  });

  it('handles __proto__ and constructor keys', () => {
    const value = JSON.parse('{"__proto__":{"email":"jane@example.com"},"constructor":{"prototype":"81.2.69.142"}}') as unknown;
    expect(detect(value).map((d) => `${d.pointer} ${d.entity}`).sort()).toEqual(['/__proto__/email EMAIL', '/constructor/prototype IP_ADDRESS']);
  });

  it('walks 100k-deep nesting iteratively', () => {
    let value: unknown = { email: 'jane@example.com' };
    for (let i = 0; i < 100_000; i++) value = { a: value };
    const found = detect(value);
    expect(found).toHaveLength(1);
    expect(found[0]?.pointer.length).toBe(100_000 * 2 + '/email'.length);
  });

  it('scans a 5 MB string in bounded time', () => {
    const big = `${'lorem ipsum 1234 '.repeat(300_000)} jane@example.com`;
    const start = performance.now();
    expect(detect({ log: big })).toEqual([]); // beyond the 64 KiB scanned prefix
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('survives cycles, typed arrays and throwing getters', () => {
    const cyclic: Record<string, unknown> = { email: 'jane@example.com' };
    cyclic.self = cyclic;
    const hostile = { get boom(): string { throw new Error('no'); }, ok: '81.2.69.142' };
    expect(detect(cyclic).map((d) => d.entity)).toEqual(['EMAIL']);
    expect(detect({ bytes: new Uint8Array(1000) })).toEqual([]);
    expect(() => detect(hostile)).not.toThrow();
  });

  it('cuts a cycle longer than the path it compares, and walks a value shared by two properties under each', () => {
    const ring: Array<Record<string, unknown>> = Array.from({ length: 40 }, () => ({ email: 'jane@example.com' }));
    ring.forEach((node, i) => { node.next = ring[(i + 1) % ring.length]; });
    const found = detect(ring[0]);
    expect(found.length).toBeGreaterThanOrEqual(40);
    expect(found.length).toBeLessThanOrEqual(80); // each node at most twice: the second turn is cut
    const shared = { email: 'jane@example.com' };
    expect(detect({ a: shared, b: shared }).map((d) => d.pointer).sort()).toEqual(['/a/email', '/b/email']);
  });
});

describe('formats carried inside strings (held-out set F)', () => {
  it('reads config dumps line by line, a template reference being a placeholder', () => {
    expect(entitiesIn('JWT_SECRET=\nSMTP_PASSWORD=${SMTP_PASSWORD}\nPORT=3000', 'content')).toEqual([]);
    expect(entitiesIn('spring.datasource.password=${DB_PASS}\nserver.port=8443', 'properties')).toEqual([]);
    expect(entitiesIn('POSTGRES_USER: ledger\n      POSTGRES_PASSWORD: {{ .Values.pg.password }}', 'yaml')).toEqual([]);
    expect(entitiesIn('NODE_ENV=production\nDB_PASSWORD=Vx9kLm2Qp\nLOG_LEVEL=info', 'env_dump')).toContain('PASSWORD');
  });

  it('finds the password of a URL inside text even when it is percent-encoded', () => {
    expect(entitiesIn('NODE_ENV=production\nDATABASE_URL=postgres://ledger:Vx9%23kLm2Qp@db-primary:5432/ledger', 'env_dump')).toContain('PASSWORD');
  });

  it('finds the host of user@host and quoted SQL values, with the hash of the email beside it', () => {
    expect(entitiesIn('export AWS_REGION=eu-west-2\nssh deploy@10.20.4.9\nexit', 'history')).toContain('IP_ADDRESS');
    const email = 'rohan.gupta@rediffmail.com';
    const sha = createHash('sha256').update(email).digest('hex');
    expect(entitiesIn(`INSERT INTO audience (email, email_sha256) VALUES ('${email}', '${sha}');`, 'sql').sort()).toEqual(['EMAIL', 'UNSALTED_HASH_OF_EMAIL']);
  });

  it('finds names and phone numbers in CSV rows', () => {
    const csv = 'customer_ref,full_name,phone,segment\nCR-10293,Harriet Cole,+44 7911 482613,mortgage\nCR-10877,Thomas Wright,020 7183 4420,savings';
    expect(entitiesIn(csv, 'csv').sort()).toEqual(['PERSON_NAME', 'PHONE']);
    expect(entitiesIn('sku,qty,price\nA-1,2,19.99\nB-2,10,4.50', 'csv')).toEqual([]);
  });
});

describe('interchange formats read as text (held-out set AR)', () => {
  it('reads the parties of an EDIFACT message: name, street, phone and email', () => {
    const edi = "UNH+1+IFTMIN:D:04A:UN'NAD+CN+++Chinonso Eze+14 Allen Avenue+Ikeja++100271+NG'CTA+IC+:Chinonso Eze'COM+0803 412 5567:TE'COM+c.eze@example.ng:EM'UNT+6+1'";
    expect(entitiesIn(edi)).toEqual(['EMAIL', 'PERSON_NAME', 'PHONE', 'STREET_ADDRESS']);
    expect(entitiesIn("UNH+1+INVOIC:D:96A:UN'BGM+380+INV88120+9'DTM+137:20240211:102'MOA+77:1499.00'UNT+4+1'")).toEqual([]);
  });

  it('reads the IBAN in a SWIFT MT940 information field', () => {
    expect(entitiesIn(':86:166?00GUTSCHRIFT?20SVWZ+RE 4410?30COBADEFFXXX?31DE89370400440532013000?32Paula Schmid')).toEqual(['IBAN', 'PERSON_NAME']);
  });

  it('reads an aligned field of a record dump by its key', () => {
    expect(entitiesIn('RECORD DUMP CUSTMAST:\n  CUST-NAME     : Ama Boateng\n  CUST-DOB      : 1979-11-02\n  CUST-STATUS   : A')).toContain('DATE_OF_BIRTH');
  });
});

describe('data typed casually in chats (held-out set BA)', () => {
  it('reads an email with spaces around the at sign, and not a mention without a mail domain', () => {
    expect(entitiesIn('sorry its maria.k_22 @ gmx.de now')).toEqual(['EMAIL']);
    expect(entitiesIn('ping me @ noon, or ask team @ slack')).toEqual([]);
  });

  it('reads a phone spoken digit by digit after a cue, and not a list of single digits', () => {
    expect(entitiesIn('pls call me on 0 7 9 1 1 1 2 3 4 5 6 tonight')).toEqual(['PHONE']);
    expect(entitiesIn('rate us 1 2 3 4 5 6 7 8 9 stars')).toEqual([]);
  });

  it('reads a card in any grouping when the text speaks of a card, and not a Luhn-failing one', () => {
    expect(entitiesIn('the card is 4111 111 1111 111 11')).toEqual(['CREDIT_CARD']);
    expect(entitiesIn('order 4111 111 1111 111 11 shipped')).toEqual([]);
    expect(entitiesIn('the card is 4111 111 1111 111 12')).toEqual([]);
  });

  it('reads an IBAN typed in lowercase after the word iban', () => {
    expect(entitiesIn('mi iban es de89370400440532013000 gracias')).toEqual(['IBAN']);
    expect(entitiesIn('ref de89370400440532013000 ok')).toEqual([]);
  });

  it('reads a password told in a sentence, and not a word told about it', () => {
    expect(entitiesIn('my password is Tulip#8842 can u reset')).toEqual(['PASSWORD']);
    expect(entitiesIn('mein Passwort ist Sommer2019! bitte')).toEqual(['PASSWORD']);
    expect(entitiesIn('the password is incorrect, password reset sent')).toEqual([]);
  });

  it('reads a lowercase address only with a postcode after it', () => {
    expect(entitiesIn('ship to 77 oak street apt 2 dayton oh 45402 thx')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('livrez au 8 rue des lilas 69003 lyon merci')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('its a 2 way street, see you at 5')).toEqual([]);
  });

  it('reads a password after a label that follows another label', () => {
    expect(entitiesIn('note from visitor: Passwort: Birke2023! vergessen')).toEqual(['PASSWORD']);
  });
});

describe('fields of OCR output and interchange contacts (held-out sets BL, BH)', () => {
  it('reads an OCR field {text, confidence, bbox} under the key of the field', () => {
    expect(findingsIn({ fields: { date_of_birth: { text: '1979-03-02', confidence: 0.81, bbox: [1, 2, 3, 4] } } })).toEqual(['/fields/date_of_birth/text DATE_OF_BIRTH']);
  });

  it('reads the number of an EDIFACT COM segment written with its plus', () => {
    expect(entitiesIn("UNH+1+IFTMIN:D:04A:UN'NAD+CN+++Ines Vogt+Lindenallee 7a+Hamburg++22767+DE'COM++49 151 99838825:TE'UNT+4+1'")).toContain('PHONE');
  });
});
