#!/usr/bin/env node
// Generates the TypeScript types of the policy language from schemas/policy.schema.json.
// `--check` fails (exit 1) when the checked-in file differs from what it would generate.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const SCHEMA = new URL('../schemas/policy.schema.json', import.meta.url);
const TARGET = new URL('../src/policy/policy.generated.ts', import.meta.url);
const BANNER = '/* eslint-disable */\n/**\n * DO NOT EDIT. Generated from schemas/policy.schema.json by `npm run gen`.\n * `npm run gen:check` (part of `npm test`) fails when this file is stale.\n */';

const schema = JSON.parse(await readFile(SCHEMA, 'utf8'));
const text = await compile(schema, 'TelemetryPolicy', {
  bannerComment: BANNER,
  additionalProperties: false,
  unreachableDefinitions: true,
  style: { singleQuote: true, printWidth: 120 },
});

if (process.argv.includes('--check')) {
  const current = await readFile(TARGET, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('src/policy/policy.generated.ts is stale: run `npm run gen` and commit the result.');
    process.exit(1);
  }
} else {
  await writeFile(TARGET, text);
  console.log('wrote src/policy/policy.generated.ts');
}
