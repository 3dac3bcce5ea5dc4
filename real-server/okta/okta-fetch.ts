/** What the Okta client needs of an answer; Node's fetch `Response` is one. */
export interface OktaResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface OktaRequestInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

/**
 * How the Okta client sends a request: Node's `fetch` in production, the in-process Okta mock
 * in the `/internal` mock (which answers without building web streams).
 */
export type OktaFetch = (url: string, init: OktaRequestInit) => Promise<OktaResponse>;
