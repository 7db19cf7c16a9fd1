#!/usr/bin/env node
// Planted bug: email-in-attribute (see ../_core.mjs).
import { run } from '../_core.mjs';

await run('email-in-attribute');
