/**
 * Terminal output is text the tool did not fully write: names, paths and element names come from
 * the input. This is the one place that makes it safe to print; commands print through
 * `src/commands/_base.ts`, which applies {@link escapeTerminal} to everything.
 *
 * Characters that must never reach a terminal raw: C0 controls other than the line feed (ESC
 * starts clear-screen, window-title and OSC 8 hyperlink sequences; NUL, BEL, BS and CR rewrite
 * what is shown), DEL, C1 controls (U+009B is a one-byte CSI) and the bidirectional controls
 * (U+202E and its kin make a name read backwards: `exe.txt` shown as `txt.exe`).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex4 = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text made safe to print on a terminal: every unsafe character (see above) is shown as its
 * JSON-style escape, `\u001b` for ESC, so it is seen, not obeyed. Line feeds are kept (the
 * tool's output is lines). Applied to JSON text it keeps the JSON valid and its data unchanged,
 * as control characters can only stand inside strings there and `\uXXXX` means the same.
 *
 * @example escapeTerminal('Site\u001b]0;owned\u0007') // 'Site\\u001b]0;owned\\u0007'
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, hex4);
}

/**
 * One value from the input (a name, a file name, an element path) inside a line of the tool's
 * output: as {@link escapeTerminal}, and its line feeds escaped too (`\u000a`), so that a value
 * cannot start a line of its own that reads like the tool's (`Error: ...`).
 *
 * @example escapeTerminalValue('a\nError: b') // 'a\\u000aError: b'
 */
export function escapeTerminalValue(value: string): string {
  return escapeTerminal(value).replace(/\n/g, '\\u000a');
}
