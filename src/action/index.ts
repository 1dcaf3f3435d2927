// The Action's entry stays tiny: Node's compile cache first (where this Node has one), then the Action.
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { run } = await import('./main.js');
await run();
