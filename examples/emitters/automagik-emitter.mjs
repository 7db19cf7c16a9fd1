#!/usr/bin/env node
// The Automagik example emitter, following the policy's consent rules correctly (see _core.mjs).
import { run } from './_core.mjs';

await run(undefined);
