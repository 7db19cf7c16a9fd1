import { readFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { expect, it } from 'vitest';

it('src/policy/policy.generated.ts matches schemas/policy.schema.json (run `npm run gen` if not)', async () => {
  // Same options as scripts/gen-types.mjs; the script's --check runs in `npm test` too.
  const script = readFileSync('scripts/gen-types.mjs', 'utf8');
  const banner = /const BANNER = '(.*)';/.exec(script)?.[1]?.replace(/\\n/g, '\n');
  const schema = JSON.parse(readFileSync('schemas/policy.schema.json', 'utf8'));
  const text = await compile(schema, 'TelemetryPolicy', {
    bannerComment: banner ?? '',
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  expect(readFileSync('src/policy/policy.generated.ts', 'utf8')).toBe(text);
});
