// Go's encoding/json output, which appsctl's provision data is printed with.
import { describe, expect, it } from 'vitest';
import { GoMap, GoStruct, goMarshal, goMarshalIndent, goQuote } from '../src/compat/go-json.js';

describe('goQuote', () => {
  it('escapes HTML characters and line separators like json.Marshal', () => {
    expect(goQuote('<a href="x">&</a>')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"');
    expect(goQuote('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
  });

  it('uses short escapes for \\n \\r \\t and \\u00XX for other control characters', () => {
    expect(goQuote('a\nb\rc\td\u0001\u001f')).toBe('"a\\nb\\rc\\td\\u0001\\u001f"');
    expect(goQuote('back\\slash')).toBe('"back\\\\slash"');
  });

  it('keeps other Unicode as is', () => {
    expect(goQuote('café ☕ 😀')).toBe('"café ☕ 😀"');
  });
});

describe('goMarshalIndent', () => {
  it('keeps struct order, sorts map keys by UTF-8 bytes, tab indent and ": "', () => {
    const doc = new GoStruct([
      [
        'z',
        new GoMap(
          new Map([
            ['b', 1],
            ['a', 2],
            ['é', 3],
            ['Z', 4],
            ['😀', 5],
            ['\uffff', 6],
          ]),
        ),
      ],
      ['a', 'x'],
    ]);
    expect(goMarshalIndent(doc)).toBe('{\n\t"z": {\n\t\t"Z": 4,\n\t\t"a": 2,\n\t\t"b": 1,\n\t\t"é": 3,\n\t\t"\uffff": 6,\n\t\t"😀": 5\n\t},\n\t"a": "x"\n}');
  });

  it('writes empty maps as {} and empty arrays as []', () => {
    expect(
      goMarshalIndent(
        new GoStruct([
          ['m', new GoMap(new Map())],
          ['l', []],
        ]),
      ),
    ).toBe('{\n\t"m": {},\n\t"l": []\n}');
    expect(
      goMarshal(
        new GoStruct([
          ['a', [1, 'x']],
          ['b', null],
        ]),
      ),
    ).toBe('{"a":[1,"x"],"b":null}');
  });
});
