/** An admin API answer: its status and its body parsed as JSON (undefined when none). */
export interface AdminAnswer<T = unknown> {
  status: number;
  ok: boolean;
  body: T | undefined;
}

/** The `title`/`detail`/`invalidFields` body the admin API sends with a 4xx. */
export interface AdminProblem {
  title?: string;
  detail?: string;
  invalidFields?: Record<string, string>;
}

/**
 * Calls the mock's admin API on the page's own origin. Answers of any status resolve; only a
 * mock that does not answer at all rejects.
 */
export async function callAdmin<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
): Promise<AdminAnswer<T>> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });

  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }

  return { status: response.status, ok: response.ok, body: parsed as T | undefined };
}

/** The sentence to show for a refused admin call. */
export function describeProblem(answer: AdminAnswer): string {
  const problem = answer.body as AdminProblem | undefined;

  return problem?.detail ?? problem?.title ?? `The mock answered ${answer.status}.`;
}
