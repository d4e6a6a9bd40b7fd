import { describe, expect, it } from 'vitest';
import { escapeTerminal, escapeTerminalValue } from '../../src/errors/terminal-text.js';

describe('escapeTerminal', () => {
  it('shows C0 (but the line feed), DEL, C1 and bidi controls as \\uXXXX escapes', () => {
    const hostile = 'a\u001b[2J\u001b]0;title\u0007\u0000\r\t\u007f\u009b31m\u202egnp.exe\u2066\u200f\nb';
    expect(escapeTerminal(hostile)).toBe(
      'a\\u001b[2J\\u001b]0;title\\u0007\\u0000\\u000d\\u0009\\u007f\\u009b31m\\u202egnp.exe\\u2066\\u200f\nb',
    );
  });

  it('leaves ordinary text alone, accents and non-Latin scripts included', () => {
    const text = 'Hôpital Saint-Éloi, Łódź, Θεσσαλονίκη, 東京, עברית\n  score 63.4';
    expect(escapeTerminal(text)).toBe(text);
  });

  it('keeps JSON valid and its data unchanged', () => {
    const data = { name: 'x\u009b\u202e\u007fy', n: 1 };
    const text = escapeTerminal(JSON.stringify(data, null, 2));
    expect(text).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('escapes line feeds too in a value, so that it cannot forge a line of the tool', () => {
    expect(escapeTerminalValue('Site\nError: all data deleted\u001b[2J')).toBe(
      'Site\\u000aError: all data deleted\\u001b[2J',
    );
    expect(escapeTerminal('Site\nError')).toBe('Site\nError');
  });
});
