// Numbers written with a fraction or exponent whose value is whole (1.0, 1e0, 100.000): JSON.parse
// makes them integers, but FHIR's integer types allow digits only (datatypes.html#integer:
// -?([0]|([1-9][0-9]*))). The reader marks where they were, the walk rejects them for integers.

/** Containers (objects, arrays) -> their keys (array indexes as strings) holding a whole number written as a decimal. */
// Module cache: marks on parsed JSON containers (WeakMap: they die with the resource).
const marks = new WeakMap<object, Set<string>>();

// A cheap test first: a fraction of zeros, an exponent, or 15+ fraction digits, right before , } or ].
const CANDIDATE = /[0-9](?:\.0+|(?:\.[0-9]+)?[eE][+-]?[0-9]+|\.[0-9]{15,})\s*[,}\]]/;

/** True when `container[key]` is a whole number that the text wrote with a fraction or exponent. */
export function writtenAsDecimal(container: object, key: string): boolean {
  return marks.get(container)?.has(key) === true;
}

/** Marks, in the parsed `value` of `text`, every whole number written with a fraction or exponent. */
export function markDecimalForms(text: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || !CANDIDATE.test(text)) return;
  for (const path of decimalFormPaths(text)) {
    let container: unknown = value;
    for (let i = 0; i < path.length - 1 && typeof container === 'object' && container !== null; i++)
      container = (container as Record<string, unknown>)[path[i]!];
    if (typeof container !== 'object' || container === null) continue;
    const key = path[path.length - 1]!;
    let set = marks.get(container);
    if (!set) marks.set(container, (set = new Set()));
    set.add(key);
  }
}

/** The paths (keys and indexes) of whole numbers written with a fraction or exponent, in valid JSON text. */
function decimalFormPaths(text: string): string[][] {
  const out: string[][] = [];
  // One frame per open container: its key so far (objects) or index (arrays).
  const stack: { array: boolean; key: string; index: number }[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      let escaped = false;
      for (let d = text.charCodeAt(j); j < text.length && d !== 0x22; d = text.charCodeAt(j)) {
        if (d === 0x5c) escaped = true;
        j += d === 0x5c ? 2 : 1;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array)
        top.key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
      expectKey = false;
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      stack.push({ array: c === 0x5b, key: '', index: 0 });
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index += 1;
      else expectKey = true;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      let decimal = false;
      for (
        let d = text.charCodeAt(j);
        j < text.length &&
        ((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d);
        d = text.charCodeAt(j)
      ) {
        if (d === 0x2e || d === 0x65 || d === 0x45) decimal = true;
        j++;
      }
      if (decimal && Number.isInteger(Number(text.slice(i, j))))
        out.push(stack.map((f) => (f.array ? String(f.index) : f.key)));
      i = j - 1;
    }
  }
  return out;
}
