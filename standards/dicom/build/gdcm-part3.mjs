// Reads GDCM's Part3.xml (PS3.3 2008 module and macro tables) into plain objects.
import { readFileSync } from 'node:fs';

const ENTITIES = { '&gt;': '>', '&lt;': '<', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

function unescape(text) {
  return text
    .replace(/&(gt|lt|amp|quot|apos);/g, (m) => ENTITIES[m])
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)));
}

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/(\w[\w-]*)="([^"]*)"/g)) out[m[1]] = unescape(m[2]);
  return out;
}

/** The table number an include points at: `>Include 'Code Sequence Macro' Table 8.8-1.` -> `8.8-1`. */
export function includeTable(ref) {
  const m = /Table\s*\(?\s*((?:[A-Z]\.)?[0-9][0-9A-Za-z.-]*[0-9A-Za-z])/.exec(ref);
  if (!m) return undefined;
  return m[1]
    .toLowerCase()
    .replace(/^8\.8\.1$/, '8.8-1')
    .replace(/^10\.2-1$/, '10-2');
}

/**
 * @returns {{ tables: Map<string, {kind: string, name: string, table: string, rows: object[]}> }}
 * rows: { kind: 'entry', depth, tag, name, type, description } | { kind: 'include', depth, table, ref }
 */
export function readPart3(path) {
  const xml = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const tables = new Map();
  const iods = [];
  for (const block of xml.matchAll(/<(module|macro|iod)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const [, kind, head, body] = block;
    const a = attrs(head);
    if (kind === 'iod') {
      const modules = [...body.matchAll(/<entry\b([^>]*)\/?>/g)].map((m) => attrs(m[1]));
      iods.push({ name: a.name, table: a.table, modules });
      continue;
    }
    const rows = [];
    for (const m of body.matchAll(/<entry\b([^>]*?)(\/>|>([\s\S]*?)<\/entry>)|<include\b([^>]*?)\/>/g)) {
      if (m[4] !== undefined) {
        const ia = attrs(m[4]);
        const ref = ia.ref ?? '';
        const depth = /^>*/.exec(ref.replace(/\s/g, ''))[0].length;
        rows.push({ kind: 'include', depth, table: includeTable(ref), ref });
        continue;
      }
      const ea = attrs(m[1]);
      const name = ea.name ?? '';
      const depth = /^>*/.exec(name.replace(/\s/g, ''))[0].length;
      const description = unescape(/<description>([\s\S]*?)<\/description>/.exec(m[3] ?? '')?.[1] ?? '');
      const sections = [...(m[3] ?? '').matchAll(/<section\b[^>]*>([\s\S]*?)<\/section>/g)].map((s) => unescape(s[1]));
      if (!/^[0-9A-Fa-f]{4}$/.test(ea.group ?? '') || !/^[0-9A-Fa-f]{4}$/.test(ea.element ?? '')) continue;
      rows.push({
        kind: 'entry',
        depth,
        tag: `${ea.group}${ea.element}`.toUpperCase(),
        name: name.replace(/^[>\s]+/, ''),
        type: ea.type,
        description,
        sections,
      });
    }
    const key = a.table.toLowerCase();
    if (!tables.has(key)) tables.set(key, { kind, name: a.name, table: a.table, rows });
  }
  return { tables, iods };
}
