/**
 * Finds where a JSON text stops being valid JSON (RFC 8259), and why. Node 20's JSON.parse
 * often reports no position, so after a failed parse we scan the text once more to locate the
 * error. Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function locateJsonError(text: string): { offset: number; reason: string } | undefined {
  let i = 0;
  const n = text.length;
  // Each stack entry: '{' or '[' with the state of that container.
  const stack: { kind: '{' | '['; state: 'first' | 'value' | 'key' | 'colon' | 'next' }[] = [];
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (reason: string) => ({ offset: i, reason: i >= n ? 'unexpected end of input' : reason });
  const scanString = (): string | undefined => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return 'invalid \\u escape';
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return 'invalid escape in string';
      } else if (c < 0x20) return 'control character in string (use \\n, \\t...)';
      else i++;
    }
    return 'unterminated string';
  };
  const scanScalar = (): string | undefined => {
    const c = text[i];
    if (c === '"') return scanString();
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return c === "'" ? 'strings need double quotes' : `unexpected character '${c}'`;
    i += m[0].length;
    return undefined;
  };
  ws();
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      if (i >= n) return fail('');
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push({ kind: c, state: 'first' });
        i++;
        expectValue = false;
        continue;
      }
      const problem = scanScalar();
      if (problem) return fail(problem);
      expectValue = false;
      const top = stack[stack.length - 1];
      if (top) top.state = 'next';
      else {
        ws();
        return i < n ? fail('unexpected content after the end of the JSON value') : undefined;
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) {
      ws();
      return i < n ? fail('unexpected content after the end of the JSON value') : undefined;
    }
    if (i >= n) return fail('');
    const c = text[i];
    if (top.kind === '{' && (top.state === 'first' || top.state === 'key')) {
      if (c === '}' && top.state === 'first') {
        i++;
        stack.pop();
        afterClose();
        continue;
      }
      if (c !== '"')
        return fail(
          top.state === 'key'
            ? 'expected a property name in double quotes (a trailing comma?)'
            : 'expected a property name in double quotes or }',
        );
      const problem = scanString();
      if (problem) return fail(problem);
      top.state = 'colon';
      continue;
    }
    if (top.kind === '{' && top.state === 'colon') {
      if (c !== ':') return fail("expected ':' after the property name");
      i++;
      top.state = 'value';
      expectValue = true;
      continue;
    }
    if (top.kind === '[' && top.state === 'first') {
      if (c === ']') {
        i++;
        stack.pop();
        afterClose();
        continue;
      }
      top.state = 'value';
      expectValue = true;
      continue;
    }
    // state 'next': after a value inside a container
    if (c === ',') {
      i++;
      if (top.kind === '{') top.state = 'key';
      else {
        top.state = 'value';
        expectValue = true;
      }
      continue;
    }
    if ((c === '}' && top.kind === '{') || (c === ']' && top.kind === '[')) {
      i++;
      stack.pop();
      afterClose();
      continue;
    }
    return fail(top.kind === '{' ? "expected ',' or '}'" : "expected ',' or ']'");
  }
  function afterClose(): void {
    const parent = stack[stack.length - 1];
    if (parent) parent.state = 'next';
  }
}
