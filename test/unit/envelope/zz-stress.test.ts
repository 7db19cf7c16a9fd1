import fc from 'fast-check';
fc.configureGlobal({ numRuns: 3000 });
await import('./decode-properties.test.js');
