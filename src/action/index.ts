// The Action's entry stays tiny: the supervisor process first, then the Action (see src/cli/bin.ts).
import { prestartWatchdog } from '../util/watchdog.js';

prestartWatchdog();
const { run } = await import('./main.js');
await run();
