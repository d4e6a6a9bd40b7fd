// Turns the "Required if ..." sentence of a Type 1C/2C attribute into a structured condition the
// engine can evaluate, when the sentence has one of the machine-checkable shapes; otherwise undefined.
//
// Condition shapes (JSON):
//   { tag, present: true|false }       the attribute is (not) present
//   { tag, in: [values], index? }      a value (Value N, 0-based index) is one of these
//   { tag, notIn: [values], index? }   present with a value that is none of these
//   { tag, gt: number }                a numeric value greater than
//   { all: [...] } / { any: [...] }

const TAG = String.raw`\(([0-9A-Fa-f]{4}),\s*([0-9A-Fa-f]{4})\)`;
const VALUE = String.raw`"?([A-Z0-9_][A-Z0-9_ ]*[A-Z0-9_]|[A-Z0-9])"?`;

function values(text) {
  const parts = text.split(/\s*,\s*(?:or\s+)?|\s+or\s+/);
  const out = [];
  for (const p of parts) {
    const m = new RegExp(`^${VALUE}$`).exec(p.trim());
    if (!m) return undefined;
    out.push(m[1]);
  }
  return out;
}

function clause(text) {
  const t = text.trim().replace(/^the\s+/i, '');
  const m = new RegExp(`^(.*?)${TAG}\\s*,?\\s*(?:Value\\s+(\\d)(?:\\s+of this frame)?\\s+)?(.*)$`, 'i').exec(t);
  if (!m) return undefined;
  // the words before the tag must be an attribute name, not another clause ("the patient is an animal and if ...")
  if (/\b(if|and|or|is|are|was|not|when)\b/i.test(m[1].replace(/\([^)]*\)/g, ''))) return undefined;
  m.splice(1, 1);
  const tag = `${m[1]}${m[2]}`.toUpperCase();
  const index = m[3] === undefined ? undefined : Number(m[3]) - 1;
  const rest = m[4].trim();
  const withIndex = (c) => (index === undefined ? c : { ...c, index });
  if (rest === '') return { tag, shared: true };
  if (/^((is|are)\s+)?(present|sent)$/i.test(rest) && index === undefined) return { tag, present: true };
  if (/^(is|are)\s+(not\s+present|absent|not\s+sent)$/i.test(rest) && index === undefined)
    return { tag, present: false };
  if (/^is\s+non-?zero$/i.test(rest)) return { tag, gt: 0 };
  let g = /^(?:is|has a value)\s+greater than\s+(\d+)$/i.exec(rest);
  if (g) return { tag, gt: Number(g[1]) };
  g =
    /^(?:is present and\s+)?(?:(?:equals|is|has a value of|has the value|value is)\s+other than|is not|does not equal)\s+(.+)$/i.exec(
      rest,
    );
  if (g) {
    const v = values(g[1]);
    return v ? withIndex({ tag, notIn: v }) : undefined;
  }
  g =
    /^(?:is present and\s+)?(?:equals|is|has a value of|has the value|has a value|value is)\s+(?:either\s+)?(.+)$/i.exec(
      rest,
    );
  if (g) {
    const v = values(g[1]);
    return v ? withIndex({ tag, in: v }) : undefined;
  }
  return undefined;
}

/** The first "Required if ..." sentence of a description, structured; undefined when not machine-checkable. */
export function parseCondition(description) {
  const text = description
    .replace(/\s+/g, ' ')
    .replace(/ at the (image|frame) level/g, '')
    .replace(/ in the [\w ]+ Module/g, '')
    .replace(/ is present and (has a value of|has the value|equals|is) /g, ' $1 ');
  const m = /Required if ([^.]*(?:\.\d[^.]*)*)(?:\.|$)/.exec(text);
  if (!m) return undefined;
  const sentence = m[1].replace(/\s*,\s*(?:and\s+)?may be present otherwise.*$/i, '');
  for (const [word, key] of [
    [' and ', 'all'],
    [' or ', 'any'],
  ]) {
    // split on the connective only between clauses that each name a tag
    const parts = sentence.split(new RegExp(`(?<=\\)[^()]*?)${word}(?=[^()]*\\()`, 'i'));
    if (parts.length > 1) {
      const cs = parts.map(clause);
      if (!cs.every(Boolean)) return undefined;
      // "A (tag) or B (tag) are present": the first clauses share the last one's predicate
      const last = cs[cs.length - 1];
      if (last.shared) return undefined;
      const filled = cs.map((c) => (c.shared ? { ...last, tag: c.tag } : c));
      return { [key]: filled };
    }
  }
  const single = clause(sentence);
  return single?.shared ? undefined : single;
}
