// Extracts Enumerated Values and Defined Terms lists from a GDCM Part3.xml attribute description.

const TERM = /^([A-Z0-9_][A-Z0-9_ ]{0,15})(?:\s*=.*)?$/;
const STOP = /^(See|Note|Notes|Required|Enumerated|Defined|Value|If|The|Shall|This|When|Only)\b/;

/**
 * The values listed after "Enumerated Values:" (or "Defined Terms:") in the text, when the list is
 * one value per line (`VALUE` or `VALUE = meaning`) and applies to every value (no "Value 1"
 * wording, which restricts a list to one position). Undefined otherwise.
 */
export function parseTerms(text, label) {
  if (/Value [1-9]\b/.test(text)) return undefined;
  const re = label === 'enum' ? /Enumerated Values?:?\s*\n/ : /Defined Terms?:?\s*\n/;
  const m = re.exec(text);
  if (!m) return undefined;
  const lines = text.slice(m.index + m[0].length).split('\n');
  const out = [];
  let withMeanings = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || STOP.test(line)) break;
    const t = TERM.exec(line);
    if (t) {
      out.push(t[1].trim());
      withMeanings ||= line.includes('=');
    } else if (!withMeanings) break;
    // else: the meaning of the previous term wrapped onto this line ("MTC = magnetization transfer / contrast")
  }
  // a second list in the same text (another value position, another condition): not one list
  if (out.length === 0 || re.test(text.slice(m.index + m[0].length))) return undefined;
  return [...new Set(out)].sort();
}
