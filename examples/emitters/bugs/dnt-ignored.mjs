#!/usr/bin/env node
// Planted bug: dnt-ignored (see ../_core.mjs).
import { run } from '../_core.mjs';

await run('dnt-ignored');
