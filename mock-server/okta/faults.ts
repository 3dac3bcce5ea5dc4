export const FAULT_KINDS = [
  'latency',
  'okta-error',
  'reset',
  'empty-reply',
  'malformed-json',
  'non-json',
  'no-reply',
] as const;

export type FaultKind = (typeof FAULT_KINDS)[number];

/** A misbehaviour the Okta mock shows on matching Users API requests. */
export interface Fault {
  id: string;
  kind: FaultKind;
  /** For `okta-error`: the HTTP status (its Okta error code follows from it). */
  status?: number;
  /** For `okta-error`: replaces Okta's summary, e.g. to try "API validation failed: login". */
  errorSummary?: string;
  /** For `okta-error`: the causes, each `field: message`; Okta's usual ones when absent. */
  errorCauses?: string[];
  /** For `latency` (and before any other kind): milliseconds to wait. */
  delayMs?: number;
  /** How many requests it applies to; unlimited when absent. */
  times?: number;
  method?: string;
  /** Okta user id or login the request must name. */
  userId?: string;
}

export type FaultInput = Omit<Fault, 'id'>;

export interface FaultList {
  add(fault: FaultInput): Fault;
  clear(): void;
  list(): Fault[];
  /** The first fault matching a request, counted as used. */
  take(method: string, userId: string): Fault | undefined;
}

/** Checks a fault sent to the admin API; returns a message naming the problem, if any. */
export function describeFaultProblem(input: unknown): string | undefined {
  const fault = input as Partial<Fault> | null;
  if (typeof fault !== 'object' || fault === null) return 'A fault must be a JSON object.';
  if (!FAULT_KINDS.includes(fault.kind as FaultKind)) {
    return `kind must be one of: ${FAULT_KINDS.join(', ')}.`;
  }
  if (fault.kind === 'okta-error' && !Number.isInteger(fault.status)) {
    return 'An okta-error fault needs an HTTP status, such as 429.';
  }
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) {
    return 'times must be a positive whole number.';
  }
  if (fault.delayMs !== undefined && !(Number.isFinite(fault.delayMs) && fault.delayMs >= 0)) {
    return 'delayMs must be a number of milliseconds.';
  }

  return undefined;
}

/** The Okta mock's faults, consulted in order before each Users API request. */
export function createFaultList(): FaultList {
  let faults: Fault[] = [];

  return {
    add(input) {
      const fault = { ...input, id: crypto.randomUUID() };
      faults.push(fault);
      return fault;
    },
    clear() {
      faults = [];
    },
    list: () => faults.map((fault) => ({ ...fault })),
    take(method, userId) {
      if (faults.length === 0) return undefined;

      const fault = faults.find((candidate) =>
        (!candidate.method || candidate.method.toUpperCase() === method)
        && (!candidate.userId || candidate.userId === userId));
      if (fault?.times !== undefined) {
        fault.times -= 1;
        if (fault.times <= 0) faults = faults.filter((candidate) => candidate !== fault);
      }

      return fault;
    },
  };
}
