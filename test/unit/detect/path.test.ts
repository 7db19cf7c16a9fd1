import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('FILE_PATH_WITH_USERNAME', () => {
  it.each([
    ['/Users/jane/projects/app/index.js'],
    ['/home/jdoe/.config/app.json'],
    ['C:\\Users\\Jane Doe\\AppData\\Local\\app.log'],
    ['C:/Users/jane/Desktop/report.pdf'],
    ['    at parse (/Users/jane/src/parse.js:10:5)\n    at main (/app/index.js:2:1)'],
    ['Traceback (most recent call last):\n  File "/home/priya/app.py", line 3, in main'],
    ['failed to read config at /home/jdoe/.apprc'],
    ['/Users/jane'],
    ['file:_C:\\Users\\mkovac\\Downloads\\tool.zip->tool.exe'], // Defender's archive-member notation
  ])('finds %j', (text) => {
    expect(entitiesIn(text)).toContain('FILE_PATH_WITH_USERNAME');
  });

  it.each([
    ['/home/runner/work/app/app/src/index.ts'],
    ['/root/.npm/_logs/debug.log'],
    ['/Users/Shared/App/cache.db'],
    ['C:\\Users\\Public\\Documents\\report.pdf'],
    ['/home/node/app/server.js'],
    ['/home/circleci/project/build.log'],
    ['/home/$USER/.config'],
    ['/var/log/app/error.log'],
    ['https://example.com/home/jane/profile'],
    ['/api/Users/123'],
    ["EACCES: permission denied, mkdir '/home/sbx_user1051/.cache'"], // AWS Lambda's sandbox account
  ])('stays quiet on %j', (text) => {
    expect(entitiesIn(text)).not.toContain('FILE_PATH_WITH_USERNAME');
  });

  it('stays quiet on the path of a web page or a request, and still reads a file path under other keys', () => {
    expect(findingsIn({ pathname: '/home/tariffs', 'url.path': '/home/billing', context: { page: { path: '/home/outage-map' } } })).toEqual([]);
    expect(findingsIn({ file: { path: '/home/adaeze/notes.txt' } })).toEqual(['/file/path FILE_PATH_WITH_USERNAME']);
  });
});

describe('FILE_PATH_WITH_USERNAME: the path of an HTTP request (held-out set CK)', () => {
  it('reads the path beside an HTTP method as a web path, and a file path elsewhere', () => {
    expect(findingsIn({ method: 'GET', path: '/home/pricing', status: 200 })).toEqual([]);
    expect(findingsIn({ op: 'open', path: '/home/kwame/notes.txt' })).toEqual(['/path FILE_PATH_WITH_USERNAME']);
  });
});

describe('FILE_PATH_WITH_USERNAME: a breadcrumb (held-out set CO)', () => {
  it('reads a breadcrumb as the path of a web page, and a log path as a file path', () => {
    expect(findingsIn({ breadcrumb: '/home/settings/profile', log_path: '/home/kwame/app.log' })).toEqual(['/log_path FILE_PATH_WITH_USERNAME']);
  });
});
