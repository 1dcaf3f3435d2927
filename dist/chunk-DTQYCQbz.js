import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
export { d as diffCounts, f as formatDiff, s as showChange, a as showValue } from './chunk-rare-start-C1Ew-AXv.js';
import './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);
