/**
 * The control structure of a lexed template: which `if`/`range`/`with`/`define`/`block` each `else` and
 * `end` belongs to, which blocks are still open at the end of the file, and the structural mistakes
 * Go's parser stops at (an `end` or `else` with nothing open, a second `else`, `break` outside `range`…).
 */
import type { Action, Lexed, Token } from './lexer.js';

export type BlockKeyword = 'if' | 'range' | 'with' | 'define' | 'block';

export interface Block {
  keyword: BlockKeyword;
  /** The action that opens the block. */
  action: Action;
  /** Its keyword token. */
  at: Token;
  /** The template name of a `define` or `block`. */
  name?: string;
  /** Its `else` actions (`else if …` and `else with …` included), in order. */
  elses: Action[];
  /** The action that closes it; undefined when the file ends first. */
  end?: Action;
  /** The enclosing block. */
  parent?: Block;
}

export type IssueKind =
  /** `{{ end }}` with nothing open. */
  | 'stray-end'
  /** `{{ else }}` with nothing open. */
  | 'stray-else'
  /** `{{ else }}` directly inside a `define` or `block`. */
  | 'else-in-define'
  /** A second plain `{{ else }}` in one block. */
  | 'else-after-else'
  /** `{{ define }}` inside another block. */
  | 'nested-define'
  | 'break-outside-range'
  | 'continue-outside-range';

export interface Issue {
  kind: IssueKind;
  action: Action;
  /** The keyword token. */
  token: Token;
}

export interface Structure {
  /** Every block, in the order of their openers. */
  blocks: Block[];
  /** Blocks still open where the text ends, outermost first. */
  unclosed: Block[];
  /** Structural mistakes in file order (Go stops at the first). */
  issues: Issue[];
}

const OPENERS: ReadonlySet<string> = new Set(['if', 'range', 'with', 'define', 'block']);

/** The tokens of an action without its spaces. */
export function words(action: Action): Token[] {
  return action.tokens.filter((t) => t.kind !== 'space');
}

/** The text of a string or raw-string token, unquoted (undefined for other tokens). */
export function unquote(tok: Token | undefined): string | undefined {
  if (!tok) return undefined;
  if (tok.kind === 'raw') return tok.value.slice(1, -1);
  if (tok.kind !== 'string') return undefined;
  try {
    return JSON.parse(tok.value) as string;
  } catch {
    // a Go escape JSON does not know (\x41, \a, \101): the text between the quotes
    return tok.value.slice(1, -1);
  }
}

/** Pair the blocks of a lexed template. */
export function structure(lexed: Lexed): Structure {
  const blocks: Block[] = [];
  const issues: Issue[] = [];
  const stack: Block[] = [];
  const plainElse = new Set<Block>();
  for (const action of lexed.actions) {
    const w = words(action);
    const kw = w[0];
    if (kw?.kind !== 'keyword') continue;
    const top = stack.at(-1);
    if (OPENERS.has(kw.value)) {
      if (kw.value === 'define' && stack.length) issues.push({ kind: 'nested-define', action, token: kw });
      const b: Block = { keyword: kw.value as BlockKeyword, action, at: kw, elses: [] };
      if (kw.value === 'define' || kw.value === 'block') {
        const name = unquote(w[1]);
        if (name !== undefined) b.name = name;
      }
      if (top) b.parent = top;
      blocks.push(b);
      stack.push(b);
    } else if (kw.value === 'else') {
      if (!top) issues.push({ kind: 'stray-else', action, token: kw });
      else if (top.keyword === 'define' || top.keyword === 'block')
        issues.push({ kind: 'else-in-define', action, token: kw });
      else {
        if (plainElse.has(top)) issues.push({ kind: 'else-after-else', action, token: kw });
        top.elses.push(action);
        // `else if …` / `else with …` continue the chain; a plain else ends it
        const chained = w[1]?.kind === 'keyword' && (w[1].value === 'if' || w[1].value === 'with');
        if (!chained) plainElse.add(top);
      }
    } else if (kw.value === 'end') {
      const b = stack.pop();
      if (!b) issues.push({ kind: 'stray-end', action, token: kw });
      else b.end = action;
    } else if (kw.value === 'break' || kw.value === 'continue') {
      if (!stack.some((b) => b.keyword === 'range'))
        issues.push({
          kind: kw.value === 'break' ? 'break-outside-range' : 'continue-outside-range',
          action,
          token: kw,
        });
    }
  }
  return { blocks, unclosed: stack, issues };
}
