import { faker } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/compile/compile.js';
import { loadPolicy } from '../../src/policy/load.js';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { buildReport } from '../../src/report/report.js';
import { scanPayload } from '../../src/validate/scan.js';
import { validatePayload } from '../../src/validate/validate.js';

/** Canary personal values and secrets, fresh per seed, fed through the real detectors and every format. */
function canaries(seed: number): Record<string, string> {
  faker.seed(seed);
  return {
    email: faker.internet.email().toLowerCase(),
    phone: '+44 20 7946 0958',
    card: '4539 1488 0343 6467',
    iban: 'GB82 WEST 1234 5698 7654 32',
    ssn: '123-45-6789',
    ip: `203.0.113.${(seed % 200) + 10}`,
    token: `ghp_${'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'.slice(0, 36)}`,
    stripe: `sk_live_${faker.string.alphanumeric(24)}`,
    home: `/Users/${faker.person.firstName().toLowerCase()}x/project/app.js`,
  };
}

describe('no output format repeats a detected raw value', () => {
  it.each([1, 2, 3, 4, 5])('seed %i', async (seed) => {
    const c = canaries(seed);
    const payload = {
      event: 'app.error',
      properties: {
        contact: c.email,
        note: `call me on ${c.phone} or mail ${encodeURIComponent(c.email!)}`,
        card: c.card,
        iban: c.iban,
        ssn: c.ssn,
        client_ip: c.ip,
        url: `https://api.example.com/v1/x?token=${c.token}`,
        secret_key: c.stripe,
        stack: `Error: boom\n    at run (${c.home}:10:5)`,
        blob: Buffer.from(JSON.stringify({ email: c.email })).toString('base64'),
      },
    };
    const scanned = scanPayload(payload, { input: 'canary.json' });
    const compiled = compilePolicy(await loadPolicy('fixtures/e2e/demo.policy.yaml'));
    const validated = validatePayload(compiled, payload, { input: 'canary.json' });
    const findings = [...scanned.findings, ...validated];
    const entities = new Set(scanned.findings.map((f) => f.entity));
    // The detectors must have found the canaries, or this test could not fail.
    for (const e of ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS', 'API_KEY', 'FILE_PATH_WITH_USERNAME']) expect(entities).toContain(e);
    const report = buildReport({ command: 'scan', policy: null, inputs: ['canary.json'], records: 1, failOn: 'error', findings });
    for (const [name, format] of Object.entries(FORMATTERS)) {
      const text = format(report, { color: name === 'text' });
      for (const [kind, raw] of Object.entries(c)) {
        expect(text.includes(raw), `${name} output contains the raw ${kind}`).toBe(false);
        expect(text.includes(raw.replace(/\s/g, '')), `${name} output contains the raw ${kind} without spaces`).toBe(false);
      }
    }
  });
});
