import { describe, expect, it } from 'vitest';
import { H, keyHints, normaliseKey } from '../../../src/detect/keys.js';
import { findingsIn } from './_helpers.js';

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

  it('reads keys in the languages of the EU and Nigeria markets, accents dropped', () => {
    expect(findingsIn({ utilisateur: { mot_de_passe: 'Soleil2024!' }, usuario: { contraseña: 'Sol2024!x' }, benutzer: { passwort: 'Sonne2024!' } }).sort()).toEqual(['/benutzer/passwort PASSWORD', '/usuario/contraseña PASSWORD', '/utilisateur/mot_de_passe PASSWORD']);
    expect(findingsIn({ date_de_naissance: '21/04/1975', data_di_nascita: '03.02.1980', geboortedatum: '1990-05-17' }).sort()).toEqual(['/data_di_nascita DATE_OF_BIRTH', '/date_de_naissance DATE_OF_BIRTH', '/geboortedatum DATE_OF_BIRTH']);
    expect(findingsIn({ klient: { imię: 'Zofia', nazwisko: 'Kowalska' }, pedido: { telefono_contacto: '612 345 678' } }).sort()).toEqual(['/klient/imię PERSON_NAME', '/klient/nazwisko PERSON_NAME', '/pedido/telefono_contacto PHONE']);
    expect(findingsIn({ nota: 'Cliente nato il 30/01/1968 a Napoli' })).toEqual(['/nota DATE_OF_BIRTH']);
    expect(findingsIn({ geburtsort: 'Berlin', order_count: '612 345 678' })).toEqual([]);
  });

  it('reads birth-date keys of Asian markets: tanggal lahir, ngày sinh, kapanganakan', () => {
    expect(findingsIn({ tanggal_lahir: '21-04-1975', ngay_sinh: '03/02/1980', petsa_ng_kapanganakan: '1990-05-17' }).sort()).toEqual(['/ngay_sinh DATE_OF_BIRTH', '/petsa_ng_kapanganakan DATE_OF_BIRTH', '/tanggal_lahir DATE_OF_BIRTH']);
  });
});

describe('keys in other languages and scripts (held-out set AM)', () => {
  it('reads password, birth-date, name, address, phone, email and user-id keys of other scripts', () => {
    const payload = {
      пароль: 'Zima2025!', パスワード: 'sakura77#', 비밀번호: 'Hangang!42', 密码: 'Chang88!x',
      дата_рождения: '14.03.1987', 생년월일: '19900512', 生年月日: '1985-07-21',
      клиент: { имя: 'Ольга Смирнова' }, 住所: '大阪府大阪市北区梅田3-1-1', 收货地址: '北京市朝阳区建国路88号',
      телефон: '+7 916 204 37 58', 이메일: 'minji.kim@example.kr', kullanıcı_id: 'c8a1f2e0-5b3d-4c7e-9a1f-2e3d4c5b6a7f',
    };
    expect(findingsIn(payload).sort()).toEqual([
      '/kullanıcı_id UUID_USER_ID', '/клиент/имя PERSON_NAME', '/пароль PASSWORD', '/телефон PHONE', '/дата_рождения DATE_OF_BIRTH',
      '/住所 STREET_ADDRESS', '/收货地址 STREET_ADDRESS', '/密码 PASSWORD', '/生年月日 DATE_OF_BIRTH', '/パスワード PASSWORD',
      '/비밀번호 PASSWORD', '/생년월일 DATE_OF_BIRTH', '/이메일 EMAIL',
    ].sort());
  });

  it('reads a placeholder in capitals in brackets in any language as a placeholder', () => {
    expect(findingsIn({ пароль: '[СКРЫТО]', password: '[VERBORGEN]' })).toEqual([]);
  });
});

describe('password keys in Afrikaans, Swahili and Zulu (held-out set BV)', () => {
  it('reads wagwoord, nenosiri and iphasiwedi as password keys', () => {
    for (const key of ['wagwoord', 'nenosiri', 'iphasiwedi']) expect(keyHints(normaliseKey(key), '') & H.PASSWORD).not.toBe(0);
    expect(findingsIn({ ouer: { wagwoord: 'Karoo7741!' } })).toEqual(['/ouer/wagwoord PASSWORD']);
  });
});
