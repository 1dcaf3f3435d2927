import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { i as planShards } from './chunk-start-start-DMJ4eMLv.js';
export { aa as assignShards, a8 as itemKey, d as parseShard, t as timingsFromReport } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

export { planShards };
