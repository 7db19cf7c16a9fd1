import { describe, expect, it } from 'vitest';
import { entitiesIn } from './_helpers.js';

describe('USER_AGENT', () => {
  it.each([
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/119.0'],
    ['Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)'],
    ['Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.18'],
    ['session started with Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/119.0'],
  ])('finds %j', (text) => {
    expect(entitiesIn(text, 'user_agent')).toContain('USER_AGENT');
  });

  it.each([
    ['okhttp/4.12.0'],
    ['posthog-node/5.0.0'],
    ['curl/8.4.0'],
    ['python-requests/2.31.0'],
    ['Go-http-client/1.1'],
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36'],
  ])('stays quiet on %j', (text) => {
    expect(entitiesIn(text, 'user_agent')).not.toContain('USER_AGENT');
  });

  it('finds a browser agent written with plus signs in a W3C log line, and not a crawler written so', () => {
    const line = '2025-03-02 08:14:09 10.0.4.7 GET /login - 443 - 41.13.220.9 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/126.0.0.0+Safari/537.36 - 200 0 0 31';
    expect(entitiesIn(line)).toContain('USER_AGENT');
    expect(entitiesIn('2025-03-02 08:14:09 GET / - 80 - 66.249.66.1 Mozilla/5.0+(compatible;+Googlebot/2.1;++http://www.google.com/bot.html) - 200')).not.toContain('USER_AGENT');
  });
});

describe('USER_AGENT: crawlers that name their homepage', () => {
  it('stays quiet on a compatible crawler with its + URL, and still reads a compatible browser', () => {
    expect(entitiesIn('Mozilla/5.0 (compatible; SeznamBot/4.0; +https://napoveda.seznam.cz/bot)', 'ua')).toEqual([]);
    expect(entitiesIn('Mozilla/5.0 (compatible; PrivacyAudit/2.1; +https://audit.example.com/about)', 'ua')).toEqual([]);
    expect(entitiesIn('Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)', 'ua')).toEqual(['USER_AGENT']);
  });
});

describe('USER_AGENT: a model in brackets inside the platform', () => {
  it('reads an agent whose device model has brackets of its own', () => {
    expect(entitiesIn('Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36', 'ua')).toEqual(['USER_AGENT']);
  });
});

describe('USER_AGENT: security scanners (held-out set BP)', () => {
  it('stays quiet on a compatible scanner with its homepage in the brackets', () => {
    expect(entitiesIn('Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)', 'ua')).toEqual([]);
    expect(entitiesIn('GET /admin 403 ua="Mozilla/5.0 (compatible; ExampleProbe; https://probe.example.org/about)"')).toEqual([]);
  });
});
