import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
export { d as diffCounts, f as formatDiff, s as showChange, a as showValue } from './chunk-rare-start-B9-bm7c1.js';
import './chunk-start-start-Wszi1b2I.js';
import './chunk-boot-BvrCSc32.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);
