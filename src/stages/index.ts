import { documents } from './documents.js';
import { expectations } from './expectations.js';
import { hooks } from './hooks.js';
import { parse } from './parse.js';
import { render } from './render.js';
import { rules } from './rules.js';
import { schema } from './schema.js';
import type { Stage } from './types.js';
import { upgrade } from './upgrade.js';
import { values } from './values.js';

/** The per-combo pipeline, in order; a stage that sets `done` ends it for that combo. */
export const STAGES: readonly Stage[] = [values, parse, render, hooks, documents, schema, rules, expectations, upgrade];

export type { BaseRender, ComboContext, Stage, UpgradeResult } from './types.js';
