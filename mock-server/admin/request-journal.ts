import type { MockAnswer, MockRequest } from '../core/mock-exchange.ts';

export interface JournalEntry {
  id: number;
  time: string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string | undefined;
  status: number;
  fault: string | undefined;
  durationMs: number;
}

// Header values that are credentials; the journal keeps only their scheme.
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization', 'set-cookie']);
const MAX_BODY_CHARS = 4096;

function maskHeaderValue(name: string, value: string): string {
  if (!SECRET_HEADERS.has(name)) return value;

  const scheme = /^(Bearer|SSWS|Basic)\s/i.exec(value)?.[1];
  return scheme ? `${scheme} ***` : '***';
}

/** The last requests the mock received, newest last, with credentials masked. */
export function createRequestJournal(capacity = 500) {
  let entries: JournalEntry[] = [];
  let nextId = 1;

  function record(request: MockRequest, answer: MockAnswer | undefined, durationMs: number) {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers[name] = maskHeaderValue(name, value);
    }

    entries.push({
      id: nextId++,
      time: new Date().toISOString(),
      method: request.method,
      path: request.path,
      query: request.query.toString(),
      headers,
      body: request.body?.slice(0, MAX_BODY_CHARS),
      status: answer?.status ?? 404,
      fault: answer?.fault,
      durationMs: Math.round(durationMs * 10) / 10,
    });
    // Trimmed in batches, not per request: copying 500 entries each time showed in profiles.
    if (entries.length > capacity * 1.2) entries = entries.slice(-capacity);
  }

  return {
    record,
    list: (): JournalEntry[] => entries.slice(-capacity),
    clear() {
      entries = [];
    },
  };
}

export type RequestJournal = ReturnType<typeof createRequestJournal>;
