import { XMLParser } from 'fast-xml-parser';

/** One node of fast-xml-parser's ordered output: `{ name: children, ':@': attributes }` or `{ '#text': text }`. */
export type XmlNode = Record<string, unknown>;

const META = XMLParser.getMetaDataSymbol() as unknown as string;
const ATTRIBUTES = ':@';
const TEXT = '#text';

/** The tag name of an element node, or undefined for text. */
export function tagName(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ATTRIBUTES && key !== TEXT) return key;
  return undefined;
}

export function textOf(node: XmlNode): string | undefined {
  const text = node[TEXT];
  return typeof text === 'string' ? text : undefined;
}

export function childrenOfNode(node: XmlNode, name: string): XmlNode[] {
  const children = node[name];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

/** The attributes of an element, raw (entities not decoded). */
export function attributesOf(node: XmlNode): Readonly<Record<string, string>> {
  const attributes = node[ATTRIBUTES];
  return typeof attributes === 'object' && attributes !== null ? (attributes as Record<string, string>) : {};
}

/** Where the element starts and ends in the text (character offsets; end exclusive). */
export function spanOf(node: XmlNode): { start: number; end: number } {
  const meta = node[META] as { startIndex?: number; endIndex?: number } | undefined;
  return { start: meta?.startIndex ?? 0, end: meta?.endIndex ?? meta?.startIndex ?? 0 };
}

/** The prefix and local part of a qualified name. */
export function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon === -1 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

/**
 * An attribute value with its character references and the five predefined entities replaced
 * (XML 1.0 4.6). Any other entity cannot be declared (DOCTYPE is refused): undefined.
 */
export function decodeAttribute(raw: string): string | undefined {
  if (!raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', i)) {
    const semi = raw.indexOf(';', amp);
    if (semi === -1) return undefined;
    const name = raw.slice(amp + 1, semi);
    let char = PREDEFINED.get(name);
    if (char === undefined && name.startsWith('#')) {
      const hex = name[1] === 'x';
      const digits = name.slice(hex ? 2 : 1);
      const code = Number.parseInt(digits, hex ? 16 : 10);
      const whole = digits.length > 0 && code.toString(hex ? 16 : 10) === digits.replace(/^0+(?=.)/, '').toLowerCase();
      if (whole && code > 0 && code <= 0x10ffff) char = String.fromCodePoint(code);
    }
    if (char === undefined) return undefined;
    out += raw.slice(i, amp) + char;
    i = semi + 1;
  }
  return out + raw.slice(i);
}
