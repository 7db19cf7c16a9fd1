#!/usr/bin/env node
// Planted bug: enable-overrides-ci: AUTOMAGIK_TELEMETRY_ENABLED=true returns early, beating CI, dev and the opt-out file
// (as the real SDK does; see ../_core.mjs).
import { run } from '../_core.mjs';

await run('enable-overrides-ci');
