// The Action's entry stays tiny (no compile cache: see src/cli/bin.ts).
const { run } = await import('./main.js');
await run();
