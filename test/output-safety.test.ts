// The rules of src/output/untrusted.ts, and the boundary that makes them the only way out: in
// src/action only log.ts, summary.ts, outputs.ts and secrets.ts call @actions/core's writers, and
// in src/ nothing but the entry points writes to the process's streams.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { html, htmlBlock, oneLine, safeJson, safeText } from '../src/output/untrusted.js';

describe('untrusted text', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['\u001b[31mred', '\\u001b[31mred'],
    ['a\u009bb', 'a\\u009bb'],
    ['a\u202eb', 'a\\u202eb'],
    ['a\u0000b', 'a\\u0000b'],
    ['tab\there', 'tab\\there'],
    ['%0A::warning::x', '%0A::warning::x'],
    ['plain ünïcödé 🎉', 'plain ünïcödé 🎉'],
  ])('oneLine(%j)', (value, shown) => {
    expect(oneLine(value)).toBe(shown);
  });

  it('cuts long values, saying how much, and never inside a surrogate pair', () => {
    expect(oneLine('x'.repeat(1000), 10)).toBe('xxxxxxxxxx… (990 more characters)');
    expect(oneLine(`${'x'.repeat(9)}🎉tail`, 10)).toBe('xxxxxxxxx… (6 more characters)');
  });

  it('defuses lines the runner reads as workflow commands, keeping our own new lines', () => {
    expect(safeText('ok\n::warning::x\n  ::error::y\n')).toBe('ok\n\\u003a:warning::x\n  \\u003a:error::y\n');
    expect(safeText('a ##[group]b')).toBe('a #\\u0023[group]b');
    expect(safeText('::x', false)).toBe('::x'); // in the middle of a line
    expect(safeText('a\rb\u001b')).toBe('a\\rb\\u001b');
  });

  it('HTML: entities for markup, escapes for controls', () => {
    expect(html('<script>"&\'</script>\n')).toBe('&lt;script&gt;&quot;&amp;&#39;&lt;/script&gt;\\n');
    expect(htmlBlock('{\n\t"a": "<b>"\n}')).toBe('{\n\t"a": "&lt;b&gt;"\n}');
  });

  it('JSON: the same data, with nothing that shows as markup or controls', () => {
    const value = { name: '<script>\u001b[31m\u009b\u202e\u2028&' };
    const text = safeJson(value, 2);
    expect(JSON.parse(text)).toEqual(value);
    // eslint-disable-next-line no-control-regex -- the escape character is what must not appear
    expect(text).not.toMatch(/[<>&\u001b\u009b\u202e\u2028]/);
    // and the writers' escaping keeps a JSON document the same data
    const raw = JSON.stringify({ bidi: 'a\u202eb', c1: '\u0085', del: '\u007f', hash: '##[x]' });
    expect(JSON.parse(safeText(raw))).toEqual(JSON.parse(raw));
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('one way out', () => {
  it('src/action writes to the log, the summary and the outputs only through log.ts, summary.ts and outputs.ts', () => {
    const writers = /\bcore\.(info|warning|error|notice|debug|setFailed|group|startGroup|summary|setOutput|setSecret)\b/;
    const allowed = new Set(['log.ts', 'summary.ts', 'outputs.ts', 'secrets.ts']);
    const offenders = sources('src/action').filter((f) => !allowed.has(path.basename(f)) && writers.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('nothing in src/ but the entry points and the action log writes to the process streams', () => {
    const streams = /\b(process\.(stdout|stderr)\.write|console\.(log|warn|error|info))\b/;
    const allowed = new Set(['src/cli.ts', 'src/action/main.ts']);
    const offenders = sources('src').filter((f) => !allowed.has(f) && streams.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
