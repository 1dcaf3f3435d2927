import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { w as workItems } from './chunk-start-start-DMJ4eMLv.js';
export { G as GuardError, a1 as atOrAbove, a9 as finalize, ab as helmVersion, j as runGuard } from './chunk-start-start-DMJ4eMLv.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

export { workItems };
