/**
 * The offset of a document type declaration (`<!DOCTYPE`, which is where entities are declared) in
 * the prolog of an XML text, or undefined. Read before any parsing, so no entity is ever expanded.
 * Only the prolog is read (the XML declaration, processing instructions, comments, white space): the
 * same characters later in the text are content, not a declaration.
 */
export function doctypeOffset(text: string): number | undefined {
  let i = 0;
  for (;;) {
    while (i < text.length && text.charCodeAt(i) <= 0x20) i++;
    if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else if (text.startsWith('<!DOCTYPE', i) || text.startsWith('<!ENTITY', i)) return i;
    else return undefined;
    if (i === -1) return undefined; // unterminated: the parser reports it
  }
}

function after(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from + 2);
  return at === -1 ? -1 : at + end.length;
}
