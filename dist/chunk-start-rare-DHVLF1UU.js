import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { m as main } from './chunk-start-start-DMJ4eMLv.js';
export { E as EXIT, U as USAGE, f as findHelm, a as formatReport, p as parseDuration } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

export { main };
