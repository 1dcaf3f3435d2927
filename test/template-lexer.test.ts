import { describe, expect, it } from 'vitest';
import { structure } from '../src/template/blocks.js';
import { lex, type Lexed } from '../src/template/lexer.js';

/** `kind:value` of every token, spaces and text left out unless asked for. */
function kinds(l: Lexed, all = false): string[] {
  return l.tokens.filter((t) => all || (t.kind !== 'space' && t.kind !== 'text')).map((t) => `${t.kind}:${t.value}`);
}

/** 1-based line:column of the first occurrence of `needle`. */
function pos(l: Lexed, needle: string, from = 0): string {
  const o = l.text.indexOf(needle, from);
  return `${l.lines.line(o)}:${l.lines.column(o)}`;
}

describe('lex: actions', () => {
  it('splits an action into Go’s tokens', () => {
    const l = lex('a: {{ .Values.a.b | default "x" | quote }}\n');
    expect(l.error).toBeUndefined();
    expect(kinds(l)).toEqual([
      'open:{{',
      'field:.Values',
      'field:.a',
      'field:.b',
      'pipe:|',
      'identifier:default',
      'string:"x"',
      'pipe:|',
      'identifier:quote',
      'close:}}',
    ]);
    expect(l.actions).toHaveLength(1);
    expect(l.actions[0]!.tokens.map((t) => t.kind)).toContain('space');
  });

  it('keeps trim markers with their delimiters', () => {
    const l = lex('a\n  {{- .x -}}  \nb {{-3}} {{- 4 }}');
    expect(kinds(l)).toEqual([
      'open:{{- ',
      'field:.x',
      'close: -}}',
      'open:{{',
      'number:-3',
      'close:}}',
      'open:{{- ',
      'number:4',
      'close:}}',
    ]);
    // the text around is kept whole: trimming changes output, not positions
    expect(kinds(l, true)[0]).toBe('text:a\n  ');
  });

  it('gives the last space before " -}}" to the delimiter', () => {
    const l = lex('{{ .x   -}}');
    expect(kinds(l, true)).toEqual(['open:{{', 'space: ', 'field:.x', 'space:  ', 'close: -}}']);
    expect(kinds(lex('{{ .x -}}'), true)).toEqual(['open:{{', 'space: ', 'field:.x', 'close: -}}']);
  });

  it('lexes variables, declarations, assignments, parentheses, keywords, bools and char constants', () => {
    const l = lex(`{{ $x := (index .m "k") }}{{ $x = 'a' }}{{ if and true $ }}{{ . }}{{ nil }}{{ end }}`);
    expect(kinds(l)).toEqual([
      'open:{{',
      'variable:$x',
      'declare::=',
      'lparen:(',
      'identifier:index',
      'field:.m',
      'string:"k"',
      'rparen:)',
      'close:}}',
      'open:{{',
      'variable:$x',
      'assign:=',
      "charConst:'a'",
      'close:}}',
      'open:{{',
      'keyword:if',
      'identifier:and',
      'bool:true',
      'variable:$',
      'close:}}',
      'open:{{',
      'dot:.',
      'close:}}',
      'open:{{',
      'keyword:nil',
      'close:}}',
      'open:{{',
      'keyword:end',
      'close:}}',
    ]);
  });

  it('does not end an action inside a string, a raw string or a char constant', () => {
    const l = lex('{{ "a}}\\"b" }}{{ `}}` }}{{ \'}\' }}{{ .x }}');
    expect(l.error).toBeUndefined();
    expect(kinds(l).filter((k) => !k.startsWith('open') && !k.startsWith('close'))).toEqual([
      'string:"a}}\\"b"',
      'raw:`}}`',
      "charConst:'}'",
      'field:.x',
    ]);
  });

  it('reads a single } as a character, and lets an action run over newlines', () => {
    const l = lex('a: {{ .a | quote }\n  {{- .b }}\n');
    expect(l.actions).toHaveLength(1);
    expect(kinds(l)).toEqual([
      'open:{{',
      'field:.a',
      'pipe:|',
      'identifier:quote',
      'char:}',
      'char:{',
      'char:{',
      'number:-',
      'field:.b',
      'close:}}',
    ]);
    expect(l.actions[0]!.close!.start).toBe(l.text.indexOf('}}'));
  });

  it('lexes numbers as Go does', () => {
    expect(kinds(lex('{{ 1 0x1F 1_000 1.5e3 0b101 0o17 .5 1+2i }}')).slice(1, -1)).toEqual([
      'number:1',
      'number:0x1F',
      'number:1_000',
      'number:1.5e3',
      'number:0b101',
      'number:0o17',
      'number:.5',
      'number:1+2i',
    ]);
  });

  it('reads identifiers in any script', () => {
    expect(kinds(lex('{{ .Wert.größe }}'))).toEqual(['open:{{', 'field:.Wert', 'field:.größe', 'close:}}']);
  });
});

describe('lex: comments', () => {
  it('takes a comment with trim markers over several lines as one token', () => {
    const text = '{{- /*\nline one\nline two */ -}}\n\nkind: A\n{{/* short */}}x';
    const l = lex(text);
    expect(l.error).toBeUndefined();
    expect(kinds(l, true)).toEqual([
      'comment:{{- /*\nline one\nline two */ -}}',
      'text:\n\nkind: A\n',
      'comment:{{/* short */}}',
      'text:x',
    ]);
    expect(l.comments[0]).toEqual({
      start: 0,
      end: text.indexOf('-}}') + 3,
      bodyStart: 4,
      bodyEnd: text.indexOf('*/') + 2,
    });
    expect(l.actions).toHaveLength(0);
  });

  it('knows the line a Go < 1.24 prints: the newlines inside comments left out', () => {
    const text = '{{- /*\n1\n2\n3\n*/ -}}\na: 1\n{{/* x\ny */}} b: {{ .b }\n';
    const l = lex(text);
    const b = text.indexOf('.b');
    expect(l.lines.line(b)).toBe(8);
    expect(l.lines.legacyLine(b)).toBe(3);
    expect(l.lines.helmLines(b)).toEqual([8, 3]);
    expect(l.lines.legacyLine(text.indexOf('a: 1'))).toBe(2);
    expect(l.lines.lostTotal).toBe(5);
  });

  it('is not a comment when a space comes between {{ and /*', () => {
    expect(kinds(lex('{{ /* x */ }}'))).toEqual([
      'open:{{',
      'char:/',
      'char:*',
      'identifier:x',
      'char:*',
      'char:/',
      'close:}}',
    ]);
  });
});

describe('lex: raw strings over lines', () => {
  it('keeps the positions after a raw string that spans lines', () => {
    const text = 'a: {{ `one\ntwo\nthree` | quote }}\nb: {{ .b }}\n';
    const l = lex(text);
    expect(kinds(l)[1]).toBe('raw:`one\ntwo\nthree`');
    expect(pos(l, '.b')).toBe('4:7');
    // Go counts the newlines of raw strings in every version
    expect(l.lines.legacyLine(text.indexOf('.b'))).toBe(4);
  });
});

describe('lex: errors', () => {
  const cases: [string, string, string, string][] = [
    // text, kind, where Go reports it, where the mistake is (line:column)
    ['x\na: {{ .a\n', 'unclosed-action', '3:1', '2:4'],
    ['a: {{ "abc }}\n', 'unterminated-string', '1:7', '1:7'],
    ['a: {{ "a\\\nb" }}', 'unterminated-string', '1:7', '1:7'],
    ['a: {{ `abc }}\nb\n', 'unterminated-raw-string', '1:7', '1:7'],
    ["a: {{ 'ab }}\n", 'unterminated-char', '1:7', '1:7'],
    ['x\n{{/* open\nb\n', 'unclosed-comment', '2:3', '2:1'],
    ['x\n{{/* a\nb */ .c }}', 'comment-delimiter', '2:3', '3:3'],
    ['a: {{ (print .a }}', 'unclosed-paren', '1:17', '1:7'],
    ['a: {{ .a) }}', 'unexpected-paren', '1:9', '1:9'],
    ['a: {{ .a-b }}', 'bad-character', '1:7', '1:9'],
    ['a: {{ 3k }}', 'bad-number', '1:7', '1:7'],
    ['a: {{ $x : 1 }}', 'expected-declare', '1:10', '1:10'],
    ['a: {{ .a → }}', 'unrecognized-character', '1:10', '1:10'],
  ];
  it.each(cases)('%j: %s', (text, kind, reported, at) => {
    const l = lex(text);
    expect(l.error?.kind).toBe(kind);
    expect(`${l.lines.line(l.error!.reported)}:${l.lines.column(l.error!.reported)}`).toBe(reported);
    expect(`${l.lines.line(l.error!.at)}:${l.lines.column(l.error!.at)}`).toBe(at);
  });

  it('words its errors as Go does', () => {
    expect(lex('{{ .a-b }}').error?.message).toBe("bad character U+002D '-'");
    expect(lex('{{ 3k }}').error?.message).toBe('bad number syntax: "3k"');
    expect(lex('{{ "x }}').error?.message).toBe('unterminated quoted string');
  });

  it('stops at the first error', () => {
    const l = lex('{{ "x }}\n{{ .y }}');
    expect(l.actions).toHaveLength(1);
    expect(l.actions[0]!.close).toBeUndefined();
  });
});

describe('structure: nested blocks', () => {
  const text = [
    '{{- define "c.labels" -}}', // 1
    'app: x', // 2
    '{{- end }}', // 3
    '{{- if .Values.a }}', // 4
    '  {{- range $i, $v := .Values.list }}', // 5
    '    {{- if eq $i 0 }}first{{ else if eq $i 1 }}second{{ else }}other{{ end }}', // 6
    '    {{- with .x }}{{ . }}{{ else with .y }}{{ . }}{{ end }}', // 7
    '    {{- if $v }}{{ break }}{{ end }}', // 8
    '  {{- else }}', // 9
    '  empty', // 10
    '  {{- end }}', // 11
    '{{- end }}', // 12
    '{{ block "c.extra" . }}default{{ end }}', // 13
  ].join('\n');

  it('pairs every opener with its end and its elses', () => {
    const l = lex(text);
    const s = structure(l);
    expect(s.issues).toEqual([]);
    expect(s.unclosed).toEqual([]);
    expect(
      s.blocks.map(
        (b) =>
          `${b.keyword}${b.name ? ` ${b.name}` : ''}@${l.lines.line(b.at.start)}-${l.lines.line(b.end!.open.start)} elses=${b.elses.length}`,
      ),
    ).toEqual([
      'define c.labels@1-3 elses=0',
      'if@4-12 elses=0',
      'range@5-11 elses=1',
      'if@6-6 elses=2',
      'with@7-7 elses=1',
      'if@8-8 elses=0',
      'block c.extra@13-13 elses=0',
    ]);
    const range = s.blocks[2]!;
    expect(s.blocks[3]!.parent).toBe(range);
    expect(range.parent).toBe(s.blocks[1]);
  });

  it('finds the blocks still open at the end, outermost first', () => {
    const l = lex('{{ if .a }}\n{{ range .b }}\n{{ with .c }}\n{{ end }}\n');
    const s = structure(l);
    expect(s.unclosed.map((b) => `${b.keyword}@${l.lines.line(b.at.start)}`)).toEqual(['if@1', 'range@2']);
  });

  it('finds stray ends and elses, a second else, break outside range and a nested define', () => {
    const l = lex(
      [
        '{{ end }}',
        '{{ else }}',
        '{{ if .a }}{{ else }}{{ else }}{{ end }}',
        '{{ break }}',
        '{{ if .a }}{{ define "x" }}{{ end }}{{ end }}',
        '{{ define "y" }}{{ else }}{{ end }}',
      ].join('\n'),
    );
    expect(structure(l).issues.map((i) => `${i.kind}@${l.lines.line(i.token.start)}`)).toEqual([
      'stray-end@1',
      'stray-else@2',
      'else-after-else@3',
      'break-outside-range@4',
      'nested-define@5',
      'else-in-define@6',
    ]);
  });

  it('takes control words inside strings and comments for text', () => {
    const l = lex('{{/* {{ if }} */}}{{ print "{{ end }}" }}{{ `{{ else }}` }}');
    const s = structure(l);
    expect(s.blocks).toEqual([]);
    expect(s.issues).toEqual([]);
  });
});

describe('LineIndex', () => {
  it('counts columns in characters', () => {
    const l = lex('ü😀x: {{ .a }}\n');
    expect(l.lines.column(l.text.indexOf('x'))).toBe(3);
    expect(l.lines.column(l.text.indexOf('.a'))).toBe(9);
  });

  it('lexes a large template in linear time', () => {
    const line = 'key: {{ .Values.a | default "x" | quote }} {{- /* note\n*/ -}}\n';
    const text = line.repeat(40_000);
    const t0 = performance.now();
    const l = lex(text);
    const ms = performance.now() - t0;
    expect(l.actions).toHaveLength(40_000);
    // 80,000 lines, of which the 40,000 newlines inside comments are left out
    expect(l.lines.line(text.length - 1)).toBe(80_000);
    expect(l.lines.legacyLine(text.length - 1)).toBe(40_000);
    expect(ms).toBeLessThan(3000);
  });
});
