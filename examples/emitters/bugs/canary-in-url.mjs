#!/usr/bin/env node
// Planted bug: canary-in-url (see ../_core.mjs).
import { run } from '../_core.mjs';

await run('canary-in-url');
