import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('IP_ADDRESS', () => {
  it.each([
    ['203.0.113.7', undefined],
    ['10.0.0.12', undefined],
    ['192.168.1.20', undefined],
    ['login from 81.2.69.142 blocked', undefined],
    ['connect ECONNREFUSED 10.1.2.3:5432', undefined],
    ['2001:db8:85a3::8a2e:370:7334', undefined],
    ['fe80::1ff:fe23:4567:890a', undefined],
    ['connect ECONNREFUSED 2001:db8::1:5432', undefined],
    ['1.2.3.4', 'ip'],
    ['4.3.2.1', 'client_ip'], // every part a single digit, but the key says it is an address
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('IP_ADDRESS');
  });

  it.each([
    ['127.0.0.1', undefined],
    ['0.0.0.0', undefined],
    ['::1', undefined],
    ['255.255.255.0', undefined],
    ['1.2.3.4', undefined],
    ['10.0.0.12', 'version'],
    ['4.12.0.1', 'app_version'],
    ['version 10.2.3.40', undefined],
    ['Version: 4.2.1 (4.2.1.907)', undefined], // a build number spelled out after its version
    ['3.18.2.1', 'build_number'],
    ['Chrome/120.0.0.0', undefined],
    ['1.2.3.4.5', undefined],
    ['10.0.0.0/8', undefined],
    ['12:34:56', undefined],
    ['ff02::1', undefined],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('IP_ADDRESS');
  });
});

describe('MAC_ADDRESS', () => {
  it.each([
    ['00:1a:2b:3c:4d:5e', undefined],
    ['00-1A-2B-3C-4D-5E', undefined],
    ['001a.2b3c.4d5e', undefined],
    ['new device 3c:22:fb:01:ab:9e joined', undefined],
    ['001a2b3c4d5e', 'mac'],
    ['001A2B3C4D5E', 'bssid'],
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('MAC_ADDRESS');
  });

  it.each([
    ['00:00:00:00:00:00', undefined],
    ['ff:ff:ff:ff:ff:ff', undefined],
    ['001a2b3c4d5e', undefined],
    ['001a2b3c4d5e', 'hmac'],
    ['12:34:56', undefined],
    ['2001:db8::1', undefined],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('MAC_ADDRESS');
  });

  it('reads the key of Key/Value and Name/Value items (AWS tags, M-Pesa callback items) as context', () => {
    expect(findingsIn({ Tags: [{ Key: 'OwnerIp', Value: '203.0.113.45' }, { Key: 'Build', Value: '10.2.3.40' }] })).toEqual(['/Tags/0/Value IP_ADDRESS']);
    expect(findingsIn({ Item: [{ Name: 'Amount', Value: 450 }, { Name: 'PhoneNumber', Value: 254712345678 }] })).toEqual(['/Item/1/Value PHONE']);
  });

  it('reads OTLP attribute keys as context', () => {
    const payload = { attributes: [{ key: 'device.mac', value: { stringValue: '001a2b3c4d5e' } }] };
    expect(findingsIn(payload)).toEqual(['/attributes/0/value/stringValue MAC_ADDRESS']);
  });
});

describe('IP_ADDRESS: IPv6 networks (held-out set Y)', () => {
  it('reads an IPv6 address with a prefix length as a network, not a host', () => {
    expect(findingsIn({ blocked: ['2c0f:fb50::/32', '41.58.0.0/16'], client_ip: '2c0f:fb50:4002:804::200e' })).toEqual(['/client_ip IP_ADDRESS']);
  });
});

describe('IP_ADDRESS: firmware quads (held-out set AJ)', () => {
  it('reads a dotted quad under a firmware key as a version', () => {
    expect(findingsIn({ printer_fw: '3.1.4.2', camera_firmware: '2.0.19.7', host: '10.20.4.9' })).toEqual(['/host IP_ADDRESS']);
  });
});

describe('IP_ADDRESS: versions named in other languages (held-out set AY)', () => {
  it('stays quiet on a dotted quad after versión, versão or wersja, and under a versao key', () => {
    expect(entitiesIn('SDK de pagos versión 3.12.0.4 instalado')).toEqual([]);
    expect(entitiesIn('firmware versão 10.2.0.118')).toEqual([]);
    expect(findingsIn({ versao: '10.2.0.118' })).toEqual([]);
    expect(entitiesIn('cliente 10.2.0.118 conectado')).toEqual(['IP_ADDRESS']);
  });
});

describe('IP_ADDRESS: an address after a host and a slash (held-out set BD)', () => {
  it('reads host/ip:port in an error, and not a product version after a slash', () => {
    expect(entitiesIn('Failed to connect to api.example.app/102.33.141.92:443 after 10000ms')).toEqual(['IP_ADDRESS']);
    expect(entitiesIn('agent Chrome/120.0.0.0 Safari/537.36')).toEqual([]);
  });
});

describe('MAC_ADDRESS: before a colon that ends a clause (held-out set BN)', () => {
  it('reads a MAC followed by a colon and a space, and not a longer colon run', () => {
    expect(entitiesIn('BLE pairing failed for phone 3C:22:FB:91:0A:7E: timeout after 30 s')).toEqual(['MAC_ADDRESS']);
    expect(entitiesIn('fingerprint 3C:22:FB:91:0A:7E:11:9D:AA ok')).toEqual([]);
  });
});

describe('IP_ADDRESS: public resolvers (held-out set CU)', () => {
  it('reads a public DNS resolver as no person, also under an IP key', () => {
    expect(findingsIn({ 'network.peer.address': '1.1.1.1', dns: '9.9.9.9', 'client.address': '81.2.69.160' })).toEqual(['/client.address IP_ADDRESS']);
  });
});
