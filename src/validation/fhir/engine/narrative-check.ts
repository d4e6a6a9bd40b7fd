// txt-1 and txt-2 of Narrative (https://hl7.org/fhir/R4/narrative.html#xhtml): only basic HTML, no
// active content, and some text; checked directly on the div (fhirpath.js has no htmlChecks()).
const ACTIVE = /<\s*(script|iframe|object|embed|applet|form|input|button|frame|frameset|base|link|meta|style|svg|math)\b/i;
const EVENT_ATTRIBUTE = /<[^>]*\s(on[a-z]+)\s*=/i;
const SCRIPT_URL = /\s(href|src)\s*=\s*["']\s*(javascript|vbscript|data):/i;

/** The failed narrative invariant of an xhtml div, or undefined when it holds. */
export function narrativeProblem(div: string): 'txt-1' | 'txt-2' | undefined {
  if (ACTIVE.test(div) || EVENT_ATTRIBUTE.test(div) || SCRIPT_URL.test(div)) return 'txt-1';
  const text = div.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;/g, ' ');
  if (!/\S/.test(text) && !/<img\b/i.test(div)) return 'txt-2';
  return undefined;
}

/** Strings (not narrative) that carry active HTML content: script-like tags or event handlers. */
export function looksLikeActiveHtml(value: string): boolean {
  return value.includes('<') && (ACTIVE.test(value) || EVENT_ATTRIBUTE.test(value));
}
