import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../../src/io/json-file.js';
import { JsonSyntaxError, parseJson } from '../../src/io/json-syntax-error.js';
import { tempDir } from '../helpers/cli.js';

describe('parseJson', () => {
  it('locates a syntax error by line and column', () => {
    const error = (() => {
      try {
        parseJson('x.json', '{\n  "a": 1,\n  "b": }\n');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect((error as JsonSyntaxError).location).toMatchObject({ file: 'x.json', line: 3, column: 8 });
    expect((error as JsonSyntaxError).describe()).toMatch(/^x\.json:3:8: invalid JSON/);
  });

  it('locates truncated input at its end', () => {
    expect(() => parseJson('t.json', '{"a": [1, 2')).toThrow(JsonSyntaxError);
  });
});

describe('readJsonFile', () => {
  it('reads a JSON file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.json'), '{"kind":"fhir"}');
    expect((await readJsonFile(join(dir, 'a.json'))).value).toEqual({ kind: 'fhir' });
  });
});

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1,}', 1, 9, /property name/],
    ['[1, 2', 1, 6, /end of input/],
    ["{'a': 1}", 1, 2, /double quotes|property name/],
    ['{"a" 1}', 1, 6, /':'/],
    ['{"a": tru}', 1, 7, /unexpected character/],
    ['{}\n{}', 2, 1, /after the end/],
    ['{"a": "x\ny"}', 1, 9, /control character/],
  ])('%j fails at line %i column %i', (text, line, column, reason) => {
    try {
      parseJson('f.json', text);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect((e as JsonSyntaxError).location).toMatchObject({ line, column });
      expect((e as JsonSyntaxError).message).toMatch(reason);
    }
  });

  it('accepts what JSON.parse accepts, however deep', async () => {
    const { locateJsonError } = await import('../../src/io/json-error-locator.js');
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(locateJsonError(deep)).toBeUndefined();
    expect(locateJsonError('{"a":[1,-2.5e3,true,null,{"b":"\\u00e9\\n"}]}')).toBeUndefined();
  });
});
