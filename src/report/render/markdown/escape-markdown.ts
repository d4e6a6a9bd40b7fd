/**
 * Makes a user-supplied string literal text in Markdown (CommonMark): every character that could
 * start emphasis, code, a link, an image, HTML, an entity or a table cell boundary is
 * backslash-escaped, and line breaks become spaces, so a name or note can neither format the
 * report nor inject HTML, on any Markdown renderer that follows CommonMark.
 *
 * @example escapeMarkdown('<b>A</b> & *B*') // '\\<b\\>A\\</b\\> \\& \\*B\\*'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`)
    .trim();
}
