import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
export { E as ExitCode, a as addPath, d as debug, e as endGroup, b as error, c as exportVariable, g as getBooleanInput, f as getIDToken, h as getInput, i as getMultilineInput, j as getState, k as group, l as info, m as isDebug, n as markdownSummary, o as notice, p as platform, s as saveState, q as setCommandEcho, r as setFailed, t as setOutput, u as setSecret, v as startGroup, w as summary, x as toPlatformPath, y as toPosixPath, z as toWin32Path, A as warning } from './chunk-D9IeTBLi.js';
import './chunk-boot-BQAnIf4X.js';

const require$1 = createRequire(import.meta.url);
const __filename$1 = fileURLToPath(import.meta.url);
const __dirname$1 = dirname(__filename$1);
