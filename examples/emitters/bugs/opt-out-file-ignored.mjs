#!/usr/bin/env node
// Planted bug: opt-out-file-ignored (see ../_core.mjs).
import { run } from '../_core.mjs';

await run('opt-out-file-ignored');
