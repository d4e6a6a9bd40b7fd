// txt-1 and txt-2 of Narrative (https://hl7.org/fhir/R4/narrative.html#xhtml): only basic HTML, no
// active content, and some text; checked directly on the div (fhirpath.js has no htmlChecks()).
const ACTIVE =
  /<\s*(script|iframe|object|embed|applet|form|input|button|frame|frameset|base|link|meta|style|svg|math)\b/i;
const EVENT_ATTRIBUTE = /<[^>]*\s(on[a-z]+)\s*=/i;
const SCRIPT_URL = /\s(href|src)\s*=\s*["']\s*(javascript|vbscript):/i;

/** The failed narrative invariant of an xhtml div, or undefined when it holds. */
export function narrativeProblem(div: string): 'txt-1' | 'txt-2' | undefined {
  if (ACTIVE.test(div) || (/\son[a-z]/i.test(div) && EVENT_ATTRIBUTE.test(div)) || SCRIPT_URL.test(div)) return 'txt-1';
  // Some text: after a tag, a character that is neither markup nor blank (a non-breaking space is blank).
  if (!/>(?:\s|&nbsp;|&#160;)*(?:[^\s<&]|&(?!nbsp;|#160;))/.test(div) && !/<img\b/i.test(div)) return 'txt-2';
  return undefined;
}

/** Strings (not narrative) that carry active HTML content: script-like tags or event handlers. */
export function looksLikeActiveHtml(value: string): boolean {
  return value.includes('<') && (ACTIVE.test(value) || EVENT_ATTRIBUTE.test(value));
}

/** Markdown that embeds an HTML tag (markdown in FHIR is CommonMark without HTML). */
export function markdownHasHtml(value: string): boolean {
  return /<\/?[a-zA-Z][a-zA-Z0-9-]*[\s>/]/.test(value);
}

const LOCAL_LINK = /\shref\s*=\s*"#([^"]*)"/g;
const ANCHOR = /\s(?:id|name)\s*=\s*["']([^"']*)["']/g;

// Module cache: a memo on a resource being validated (WeakMap: it dies with the resource).
const targetCache = new WeakMap<object, Set<string>>();

/**
 * What a local hyperlink (#x) may name in a resource, as HL7's reference validator counts targets: any
 * element or resource id, and any id or anchor name in any of its XHTML (narratives of contained resources included).
 */
function targetsIn(resource: object): Set<string> {
  let into = targetCache.get(resource);
  if (into) return into;
  into = new Set<string>();
  const stack: unknown[] = [resource];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'id' && typeof x === 'string') into.add(x);
        else if (k === 'div' && typeof x === 'string') for (const m of x.matchAll(ANCHOR)) into.add(m[1] ?? '');
        else if (typeof x === 'object' && x !== null) stack.push(x);
      }
    }
  }
  targetCache.set(resource, into);
  return into;
}

// Module cache: a memo on the walk's index of one Bundle (WeakMap: it dies with the walk).
const bundleTargets = new WeakMap<object, Set<string>>();

/** The link targets of every resource of a Bundle (`key` identifies it), computed once. */
function targetsOfAll(key: object, resources: () => Iterable<object>): Set<string> {
  let all = bundleTargets.get(key);
  if (!all) {
    all = new Set<string>();
    for (const r of resources()) for (const t of targetsIn(r)) all.add(t);
    bundleTargets.set(key, all);
  }
  return all;
}

/**
 * Local hyperlinks (`href="#x"`) of a narrative that resolve to nothing in the resource nor, when it is
 * in a Bundle (`bundle`: a key for the Bundle and its resources), in any resource of the Bundle.
 */
export function unresolvedLinks(
  div: string,
  resource: unknown,
  bundle?: { key: object; resources: () => Iterable<object> },
): string[] {
  if (!div.includes('href="#') || typeof resource !== 'object' || resource === null) return [];
  const out: string[] = [];
  for (const m of div.matchAll(LOCAL_LINK)) {
    const target = m[1] ?? '';
    if (target === '' || targetsIn(resource).has(target)) continue;
    if (!bundle || !targetsOfAll(bundle.key, bundle.resources).has(target)) out.push(target);
  }
  return out;
}
