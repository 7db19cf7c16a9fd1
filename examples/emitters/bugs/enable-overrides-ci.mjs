#!/usr/bin/env node
// Planted bug: enable-overrides-ci (see ../_core.mjs).
import { run } from '../_core.mjs';

await run('enable-overrides-ci');
