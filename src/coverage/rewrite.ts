/**
 * Rewrites inside the actions of instrumented code, as edits on the original text:
 *
 * - `include NAME ARG` → `include COPY ARG | list $__hg | include REC`: the instrumented copy of the define
 *   runs, and REC strips its probe markers from the string (so every consumer — `fromYaml`, `eq`,
 *   `sha256sum`, `trim`, `len`, a variable — gets exactly what the original define returns) and records them
 *   in the caller's probe dict. A computed name keeps calling what it names, still through REC.
 * - `tpl TEXT CTX` → `tpl TEXT CTX | list $__hg | include REC` (the text may include a rendered file).
 * - `{{ template NAME PIPELINE }}` → `{{ include COPY (PIPELINE) | list $__hg | include REC }}` (same output).
 * - `required MSG …` / `fail MSG` → the message gets the dict's markers appended: a render that fails there
 *   still reports what ran in the failing template.
 */
import { unquote, words } from '../template/blocks.js';
import type { Action, Token } from '../template/lexer.js';

export interface Edit {
  /** Offset in the original text. */
  at: number;
  /** Replace [at, end) (insert when undefined). */
  end?: number;
  text: string;
  /** Among edits at one offset, lower first. */
  key: number;
}

export interface CallNote {
  offset: number;
  reason: string;
}

export interface RewriteNames {
  /** The instrumented copy of a define, when it has one. */
  copy(name: string): string | undefined;
  /** Helper define names. */
  rec: string;
  fmark: string;
}

const START_AFTER = new Set(['pipe', 'lparen', 'declare', 'assign']);
const START_KEYWORDS = new Set(['if', 'with', 'range']);

/** Where a command that starts at non-space token `i` ends: the end offset of its last token. */
function commandEnd(tokens: readonly Token[], i: number): number {
  let depth = 0;
  let last = tokens[i]!.end;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'lparen') depth++;
    else if (t.kind === 'rparen') {
      if (depth === 0) break;
      depth--;
    } else if (t.kind === 'pipe' && depth === 0) break;
    last = t.end;
  }
  return last;
}

/** The operand that starts at non-space token `i`: [start, end), or undefined when none is there. */
function operand(tokens: readonly Token[], i: number): { start: number; end: number; next: number } | undefined {
  const t = tokens[i];
  if (!t || t.kind === 'pipe' || t.kind === 'rparen' || t.kind === 'declare' || t.kind === 'assign') return undefined;
  let k = i;
  let end = t.end;
  if (t.kind === 'lparen') {
    let depth = 0;
    for (; k < tokens.length; k++) {
      if (tokens[k]!.kind === 'lparen') depth++;
      else if (tokens[k]!.kind === 'rparen' && --depth === 0) break;
    }
    if (k >= tokens.length) return undefined;
    end = tokens[k]!.end;
  }
  // a field chain written right after the term: (x).a.b, $v.a
  while (tokens[k + 1]?.kind === 'field' && tokens[k + 1]!.start === end) end = tokens[++k]!.end;
  return { start: t.start, end, next: k + 1 };
}

const CLOSE = 1e12;

/** The edits of one action of instrumented code, and notes on calls it cannot follow. */
export function rewriteAction(action: Action, names: RewriteNames): { edits: Edit[]; notes: CallNote[] } {
  const edits: Edit[] = [];
  const notes: CallNote[] = [];
  const w = words(action);
  const suffix = (at: number, from: number) =>
    edits.push({ at, text: ` | list $__hg | include ${JSON.stringify(names.rec)}`, key: CLOSE - from });

  // {{ template "name" pipeline }} of a define that has a copy: an include of the copy
  if (w[0]?.kind === 'keyword' && w[0].value === 'template') {
    const name = unquote(w[1]);
    const copy = name !== undefined ? names.copy(name) : undefined;
    const hasDecl = w.some((t) => t.kind === 'declare' || t.kind === 'assign');
    if (copy !== undefined && !hasDecl) {
      const rest = w.slice(2);
      if (rest.length === 0) {
        edits.push({ at: w[0].start, end: w[1]!.end, text: `include ${JSON.stringify(copy)} nil`, key: 0 });
        suffix(w[1]!.end, w[0].start);
      } else {
        edits.push({ at: w[0].start, end: w[1]!.end, text: `include ${JSON.stringify(copy)} (`, key: 0 });
        edits.push({ at: rest.at(-1)!.end, text: ')', key: CLOSE - w[0].start - 0.5 });
        suffix(rest.at(-1)!.end, w[0].start - 1);
      }
    }
  }

  for (let i = 0; i < w.length; i++) {
    const t = w[i]!;
    if (t.kind !== 'identifier') continue;
    const prev = w[i - 1];
    const initial = !prev || START_AFTER.has(prev.kind) || (prev.kind === 'keyword' && START_KEYWORDS.has(prev.value));
    if (t.value === 'include' || t.value === 'tpl') {
      if (!initial) continue;
      if (t.value === 'include') {
        const nameTok = w[i + 1];
        const name = nameTok && (nameTok.kind === 'string' || nameTok.kind === 'raw') ? unquote(nameTok) : undefined;
        if (name !== undefined) {
          const copy = names.copy(name);
          if (copy !== undefined)
            edits.push({ at: nameTok!.start, end: nameTok!.end, text: JSON.stringify(copy), key: 0 });
        } else {
          // include (print $.Template.BasePath "/x.yaml") — a rendered file, instrumented as it is
          const op = operand(w, i + 1);
          const expr = op ? w.filter((x) => x.start >= op.start && x.end <= op.end) : [];
          if (!expr.some((x) => x.kind === 'field' && x.value === '.BasePath'))
            notes.push({
              offset: t.start,
              reason: 'include with a computed name: a define it names runs uninstrumented from here (not counted)',
            });
        }
      } else
        notes.push({
          offset: t.start,
          reason: 'tpl: defines that the rendered text includes run uninstrumented (not counted)',
        });
      suffix(commandEnd(w, i), t.start);
    } else if (t.value === 'required' || t.value === 'fail') {
      if (!initial) continue;
      const op = operand(w, i + 1);
      if (!op) continue;
      edits.push({ at: op.start, text: '(print ', key: op.start });
      edits.push({
        at: op.end,
        text: ` (include ${JSON.stringify(names.fmark)} $__hg))`,
        key: CLOSE - op.start,
      });
    }
  }
  return { edits, notes };
}
