/**
 * Where JSON text stops being JSON (RFC 8259): the line and column (1-based, in UTF-16 code units) of the
 * first character that cannot be there, or `undefined` when the text is JSON or too deeply nested to
 * say. Engines' own messages do not always tell (Chromium's for a trailing comma, WebKit's never).
 * Loaded on demand, when a feed has failed to parse.
 */
export function jsonErrorPosition(text: string): { line: number; column: number } | undefined {
  const SPACE = /[ \t\n\r]*/y;
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  // A string's valid prefix: where it stops is the offending character (or the end of the text).
  const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*/y;
  let at = 0;
  const sticky = (pattern: RegExp): number => {
    pattern.lastIndex = at;
    return pattern.test(text) ? pattern.lastIndex : at;
  };
  const fail = (): never => {
    throw at;
  };
  const space = () => (at = sticky(SPACE));
  const expect = (char: string) => (text[at] === char ? at++ : fail());
  const string = () => {
    at = sticky(STRING);
    expect('"');
  };
  const value = (): void => {
    space();
    const char = text[at];
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      at++;
      space();
      if (text[at] === close) {
        at++;
        return;
      }
      for (;;) {
        if (close === '}') {
          space();
          if (text[at] !== '"') fail();
          string();
          space();
          expect(':');
        }
        value();
        space();
        if (text[at] === close) {
          at++;
          return;
        }
        expect(',');
      }
    }
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    const end = sticky(NUMBER);
    if (end === at) fail();
    at = end;
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return undefined;
  } catch (offset) {
    if (typeof offset !== 'number') return undefined; // nested past the stack: no position to give
    return lineAndColumn(text, offset);
  }
}

/** Line and column (1-based; columns in UTF-16 code units) of an offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
