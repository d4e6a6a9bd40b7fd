import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/questionnaire/yaml-source.js';
import { YamlSyntaxError } from '../../src/questionnaire/yaml-syntax-error.js';
import { text } from './fixtures.js';

describe('parseYamlSource', () => {
  const source = parseYamlSource(text('a: 1\nlist:\n  - x: 2\n    y: [3, 4]\nmap: { k: v }\n'));

  it('locates values and keys by path', () => {
    expect(source.locate(['a'])).toEqual({ file: 'test.yaml', line: 1, column: 4 });
    expect(source.locate(['list', 0, 'y', 1])).toEqual({ file: 'test.yaml', line: 4, column: 12 });
    expect(source.locate(['list', 0, 'y'], { key: true })).toEqual({ file: 'test.yaml', line: 4, column: 5 });
    expect(source.locate(['map', 'k'])).toEqual({ file: 'test.yaml', line: 5, column: 11 });
  });

  it('falls back to the nearest existing ancestor', () => {
    expect(source.locate(['list', 0, 'nothing'])).toEqual({ file: 'test.yaml', line: 3, column: 5 });
  });

  it('reports a syntax error at its line:column', () => {
    const error = (() => {
      try {
        parseYamlSource(text('a: 1\nb: [1, 2\nc: 3\n'));
      } catch (e) {
        return e as YamlSyntaxError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(YamlSyntaxError);
    expect(error?.code).toBe('yaml.syntax');
    expect(error?.location?.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses a repeated key, at the repeat', () => {
    expect(() => parseYamlSource(text('a: 1\nb: 2\na: 3\n'))).toThrow(
      expect.objectContaining({ code: 'yaml.duplicate-key', location: { file: 'test.yaml', line: 3, column: 1 } }),
    );
  });
});
