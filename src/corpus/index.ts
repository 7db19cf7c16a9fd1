export { generateCorpus, toNdjson, type CorpusOptions } from './generate.js';
export { renderScoreTable, scoreCorpus, type CorpusScore, type Miss, type Rates } from './score.js';
export type { CorpusFormat, CorpusItem, CorpusLabel, CorpusRecord } from './types.js';
export { HELD_OUT_SETS, heldOutAsCorpus, loadHeldOut, type HeldOutCase } from './held-out.js';
