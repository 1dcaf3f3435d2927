import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { i as planShards } from './chunk-start-start-CvEUIOkj.js';
export { a8 as assignShards, a6 as itemKey, d as parseShard, t as timingsFromReport } from './chunk-start-start-CvEUIOkj.js';
import './chunk-boot-BvrCSc32.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

export { planShards };
