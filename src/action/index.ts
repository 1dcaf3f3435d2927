// The Action's entry stays tiny: the run budget's thread first, then the Action (see src/cli/bin.ts).
import { prestartWatchdog } from '../util/watchdog.js';

prestartWatchdog();
const { run } = await import('./main.js');
await run();
