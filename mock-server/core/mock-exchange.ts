/**
 * The runtime-neutral shape of one request to the mock and of its answer.
 *
 * Every adapter (the standalone node:http server, the MSW handlers, the in-process fetch the
 * `/internal` mock uses to reach the Okta mock) converts to and from these, so the behaviour
 * itself is written once.
 */
export interface MockRequest {
  method: string;
  /** Raw path as received, still percent-encoded, without the query string. */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string | undefined>;
  /** Raw body text; undefined when the request had none. */
  body: string | undefined;
  /** Set by an adapter that stopped reading because the body passed its size limit. */
  bodyTooLarge?: boolean;
}

/** How the mock misbehaves at the transport level instead of answering. */
export type TransportFault = 'reset' | 'empty-reply' | 'no-reply';

export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  /** Serialized body; undefined for none. */
  body?: string;
  /** When set, adapters break the connection this way instead of sending the answer. */
  fault?: TransportFault;
  /** Milliseconds to wait before answering (or faulting). */
  delayMs?: number;
}

export function jsonAnswer(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): MockAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}
