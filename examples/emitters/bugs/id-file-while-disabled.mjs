#!/usr/bin/env node
// Planted bug: id-file-while-disabled (see ../_core.mjs).
import { run } from '../_core.mjs';

await run('id-file-while-disabled');
