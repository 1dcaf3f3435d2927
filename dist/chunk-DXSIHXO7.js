import { createRequire as __hgCreateRequire } from 'node:module';
import { fileURLToPath as __hgFileURLToPath } from 'node:url';
import { dirname as __hgDirname } from 'node:path';
const require = __hgCreateRequire(import.meta.url);
const __filename = __hgFileURLToPath(import.meta.url);
const __dirname = __hgDirname(__filename);
import {
  ExitCode,
  addPath,
  debug,
  endGroup,
  error,
  exportVariable,
  getBooleanInput,
  getIDToken,
  getInput,
  getMultilineInput,
  getState,
  group,
  info,
  isDebug,
  markdownSummary,
  notice,
  platform_exports,
  saveState,
  setCommandEcho,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  toPlatformPath,
  toPosixPath,
  toWin32Path,
  warning
} from "./chunk-MB2GZECR.js";
import "./chunk-2AJFM67G.js";
export {
  ExitCode,
  addPath,
  debug,
  endGroup,
  error,
  exportVariable,
  getBooleanInput,
  getIDToken,
  getInput,
  getMultilineInput,
  getState,
  group,
  info,
  isDebug,
  markdownSummary,
  notice,
  platform_exports as platform,
  saveState,
  setCommandEcho,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  toPlatformPath,
  toPosixPath,
  toWin32Path,
  warning
};
