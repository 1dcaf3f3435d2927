import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { p as prestartWatchdog } from './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);

// src/action/index.ts
prestartWatchdog();
var { run } = await import('./chunk-rare-start-C1Ew-AXv.js').then(n => n.q);
await run();
