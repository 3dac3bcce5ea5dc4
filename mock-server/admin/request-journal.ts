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

// What `record` keeps: the request's own header object and the clock reading, turned into a
// JournalEntry (headers masked and copied, time as ISO text) only when the journal is read,
// which is rare next to the requests the mock answers.
interface RecordedRequest {
  id: number;
  timeMs: number;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string | undefined>;
  body: string | undefined;
  status: number;
  fault: string | undefined;
  durationMs: number;
}

function toEntry(recorded: RecordedRequest): JournalEntry {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(recorded.headers)) {
    if (value !== undefined) headers[name] = maskHeaderValue(name, value);
  }

  // The keys in the order the admin API has always answered them.
  return {
    id: recorded.id,
    time: new Date(recorded.timeMs).toISOString(),
    method: recorded.method,
    path: recorded.path,
    query: recorded.query,
    headers,
    body: recorded.body,
    status: recorded.status,
    fault: recorded.fault,
    durationMs: recorded.durationMs,
  };
}

/** The last requests the mock received, newest last, with credentials masked. */
export function createRequestJournal(capacity = 500) {
  let entries: RecordedRequest[] = [];
  let nextId = 1;

  function record(request: MockRequest, answer: MockAnswer | undefined, durationMs: number) {
    entries.push({
      id: nextId++,
      timeMs: Date.now(),
      method: request.method,
      path: request.path,
      query: request.query.size === 0 ? '' : request.query.toString(),
      headers: request.headers,
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
    list: (): JournalEntry[] => entries.slice(-capacity).map(toEntry),
    clear() {
      entries = [];
    },
  };
}

export type RequestJournal = ReturnType<typeof createRequestJournal>;
