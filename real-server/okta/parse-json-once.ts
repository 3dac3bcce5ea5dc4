// The body parsed last and its value. A caller that reads the same unchanged user again and
// again (the /internal mock does, in-process, on every request) skips the parse, which was the
// costliest step of its request; any other body is parsed as before.
let lastText: string | undefined;
let lastValue: unknown;

// The value is shared by everyone who read that body, so nobody may change it.
function deepFreeze(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;

  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

/** `JSON.parse`, reusing the last value when the text is the same; the value is frozen. */
export function parseJsonOnce(text: string): unknown {
  if (text === lastText) return lastValue;

  const value = deepFreeze(JSON.parse(text));
  lastText = text;
  lastValue = value;

  return value;
}
