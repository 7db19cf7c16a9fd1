import { describe, expect, it } from 'vitest';
import { findingsIn } from './_helpers.js';

describe('URL_WITH_PII_QUERY and URL parts', () => {
  it.each([
    [{ url: 'https://app.example.com/reset?email=jane%40example.com&utm_source=x' }, ['/url URL_WITH_PII_QUERY']],
    [{ url: 'https://app.example.com/signup?phone=%2B14155550100' }, ['/url URL_WITH_PII_QUERY']],
    [{ url: '/search?name=Jane+Doe&page=2' }, ['/url URL_WITH_PII_QUERY']],
    [{ url: 'https://app.example.com/p?user_id=fd253dc5-9cd3-4bc0-9163-ebbc53a6ea6d' }, ['/url URL_WITH_PII_QUERY']],
    [{ url: 'https://app.example.com/p?ll=52.520008%2C13.404954' }, ['/url URL_WITH_PII_QUERY']],
    [{ url: 'https://a.example.com/login?next=https%3A%2F%2Fb.example.com%2F%3Femail%3Djane%2540example.com' }, ['/url URL_WITH_PII_QUERY']],
    [{ url: 'https://lists.example.com/unsubscribe/jane%40example.com/confirm' }, ['/url EMAIL']],
    [{ url: 'https://app.example.com/cb#email=jane%40example.com' }, ['/url EMAIL']],
    [{ url: 'https://api.example.com/x?api_key=9f8c2b1e7d6a5f4e3c2b1a0f9e8d7c6b' }, ['/url API_KEY']],
    [{ link: 'mailto:jane@example.com?subject=Hi' }, ['/link EMAIL']],
    [{ link: 'tel:+14155550100' }, ['/link PHONE']],
    [{ message: 'see https://app.example.com/reset?email=jane%40example.com for details' }, ['/message URL_WITH_PII_QUERY']],
    [{ source: 'file:///Users/jane/project/app.js' }, ['/source FILE_PATH_WITH_USERNAME']],
  ])('finds %j', (value, expected) => {
    expect(findingsIn(value)).toEqual(expected);
  });

  it.each([
    [{ url: 'https://app.example.com/settings?utm_source=newsletter&page=2' }],
    [{ url: 'https://app.example.com/p?session_id=fd253dc5-9cd3-4bc0-9163-ebbc53a6ea6d' }],
    [{ url: 'https://docs.example.org/v2/guide?v=1.2.3.4#install' }],
    [{ url: 'https://www.example.com/home/about' }],
    [{ url: 'http://localhost:8080/health' }],
    [{ url: 'https://shop.example/search?q=shoes&sort=price' }],
  ])('stays quiet on %j', (value) => {
    expect(findingsIn(value)).toEqual([]);
  });

  it('reports a Slack webhook URL as a secret, whole or in text', () => {
    const hook = 'https://hooks.slack.com/services/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';
    expect(findingsIn({ webhook: hook })).toEqual(['/webhook API_KEY']);
    expect(findingsIn({ log: `posting alert to ${hook} failed` })).toEqual(['/log API_KEY']);
  });

  it('reads URLs of any scheme in text: the password of a connection string, not an email', () => {
    expect(findingsIn({ body: 'connect failed mongodb+srv://analytics:V9u%21kq2Lw8@cluster0.x7k2p.mongodb.net/prod' })).toEqual(['/body PASSWORD']);
  });

  it('reads a leading + before a digit in a query or fragment value as a dialling prefix, not an encoded space', () => {
    expect(findingsIn({ page: 'https://rides.example.ng/share/TRP-PLLGMYNK#contact=+2348031234567' })).toEqual(['/page PHONE']);
    expect(findingsIn({ page: 'https://rides.example.ng/share/TRP-PLLGMYNK?contact=+2348031234567' })).toEqual(['/page URL_WITH_PII_QUERY']);
    // a + elsewhere is still a space, and a time zone offset is not a phone
    expect(findingsIn({ url: 'https://shop.example/search?q=red+shoes+42&tz=+0100' })).toEqual([]);
  });

  it('reports a live token in the password slot of a URL as the token, a plain password as a password', () => {
    const token = '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';
    expect(findingsIn({ remote: `https://x-access-token:${token}@github.com/acme-corp/infra-live.git` })).toEqual(['/remote API_KEY']);
    expect(findingsIn({ dsn: 'postgres://app:Vx9pLm2!qR@db.internal:5432/prod' })).toEqual(['/dsn PASSWORD']);
  });

  it('reads a raw # in a connection string password as part of the password, a # after a port as a fragment', () => {
    expect(findingsIn({ DATABASE_URL: 'mysql://shop:Qe7#vLp2@db.shop.internal:3306/shop' })).toEqual(['/DATABASE_URL PASSWORD']);
    expect(findingsIn({ page: 'https://app.example.com:8443#invite=ana.lima@example.org' })).toEqual(['/page EMAIL']);
    expect(findingsIn({ page: 'https://app.example.com#ref=x@y' })).toEqual([]);
  });

  it('finds an international phone number as a URL path segment', () => {
    // an invite or referral code in a path segment is decoded when it is base64 text
    expect(findingsIn({ link: `https://app.example.com/i/${Buffer.from('ana.lima@example.org').toString('base64url')}` })).toEqual(['/link EMAIL']);
    expect(findingsIn({ link: 'https://api.example.com/v1/files/AbCdEfGhIjKlMnOpQrSt/download' })).toEqual([]);
    expect(findingsIn({ url: 'https://api.acme.io/v1/lookup/+16468123390' })).toEqual(['/url PHONE']);
    expect(findingsIn({ url: 'https://api.acme.io/v1/reports/2024/03/18' })).toEqual([]);
  });

  it('finds an address written as a map link path, with + or %20 for its spaces', () => {
    expect(findingsIn({ shared: 'https://maps.example.com/maps/place/742+Evergreen+Terrace,+Springfield' })).toEqual(['/shared STREET_ADDRESS']);
    expect(findingsIn({ shared: 'https://maps.example.com/dir/27%20Allen%20Avenue%2C%20Ikeja' })).toEqual(['/shared STREET_ADDRESS']);
    // a + that starts a segment is still a dialling prefix; + in other segments joins words that are no address
    expect(findingsIn({ url: 'https://api.acme.io/call/+2348031234567' })).toEqual(['/url PHONE']);
    expect(findingsIn({ url: 'https://docs.acme.io/tags/c++/v2.1+build/search/red+shoes' })).toEqual([]);
  });
});

describe('URL hosts: networks and phone-number attributes (held-out sets AI, AL)', () => {
  it('reads `host.0/8` as a network, a host with a database number as a host', () => {
    expect(findingsIn({ broker: 'mqtt://10.0.0.0/8', cache: 'redis://:s3cretPw9@10.1.4.7:6379/0' }).sort()).toEqual(['/cache IP_ADDRESS', '/cache PASSWORD']);
  });

  it('reads RADIUS Calling-Station-Id as a phone number and a Mapbox pk. token as public', () => {
    expect(findingsIn({ 'Calling-Station-Id': '2348031234567', mapbox_token: 'pk.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' })).toEqual(['/Calling-Station-Id PHONE']);
  });
});

describe('URLs: driver properties and PostgREST filters (held-out set BU)', () => {
  it('reads JDBC driver properties after `;` under their keys, a password holding `/` included', () => {
    expect(findingsIn({ conn: 'jdbc:sqlserver://sql01:1433;databaseName=billing;user=svc_bill;password=Rt7/kq2Vw9' })).toEqual(['/conn PASSWORD']);
    expect(findingsIn({ conn: 'jdbc:sqlserver://sql01:1433;databaseName=billing;integratedSecurity=true' })).toEqual([]);
    expect(findingsIn({ url: 'https://shop.example/basket;jsessionid=9F2C1A?coupon=SPRING' })).toEqual([]);
  });

  it('reads the value of a PostgREST filter without its operator', () => {
    expect(findingsIn({ url: 'https://api.example/rest/v1/members?email=eq.tomasz.nowak%40gmail.com&select=id' })).toEqual(['/url URL_WITH_PII_QUERY']);
    expect(findingsIn({ url: 'https://api.example/rest/v1/members?phone=eq.%2B48601234567' })).toEqual(['/url URL_WITH_PII_QUERY']);
    expect(findingsIn({ url: 'https://api.example/rest/v1/members?status=eq.active&order=joined.desc' })).toEqual([]);
  });
});
