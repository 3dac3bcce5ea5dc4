import { isOktaErrorCode, OKTA_ERRORS, type OktaErrorCode } from './okta-errors.ts';

/** Every way the Okta mock can misbehave on demand. */
export const FAULT_KINDS = [
  'latency',
  'okta-error',
  'reset',
  'empty-reply',
  'malformed-json',
  'non-json',
  'no-reply',
] as const;

// Ten minutes outlasts any client timeout; much longer and Node's timers would overflow
// (past about 24.8 days a wait silently becomes 1 ms).
const MAX_FAULT_DELAY_MS = 600_000;

/** One of FAULT_KINDS. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A misbehaviour the Okta mock shows on matching Users API requests. */
export interface Fault {
  id: string;
  kind: FaultKind;
  /** For `okta-error` (and `non-json`): the HTTP status; follows from `errorCode` if absent. */
  status?: number;
  /** For `okta-error`: the Okta code; follows from `status` when absent. */
  errorCode?: OktaErrorCode;
  /** For `okta-error`: replaces Okta's summary, e.g. to try "API validation failed: login". */
  errorSummary?: string;
  /** For `okta-error`: the causes, each `field: message`; Okta's usual ones when absent. */
  errorCauses?: string[];
  /** For `latency` (and before any other kind): milliseconds to wait. */
  delayMs?: number;
  /** How many requests it applies to; unlimited when absent. */
  times?: number;
  method?: string;
  /** Okta user id or login the request must name (either matches the same user). */
  userId?: string;
}

/** A fault as callers give it; the list assigns the id. */
export type FaultInput = Omit<Fault, 'id'>;

/** The faults waiting to happen, in the order they were added. */
export interface FaultList {
  add(fault: FaultInput): Fault;
  clear(): void;
  list(): Fault[];
  /**
   * The first fault matching a request, counted as used; `userNames` are what the request
   * names (the path segment, and the user's id and login when they exist).
   */
  take(method: string, userNames: readonly string[]): Fault | undefined;
}

function describeOktaErrorProblem(fault: Partial<Fault>): string | undefined {
  if (fault.errorCode !== undefined && !isOktaErrorCode(fault.errorCode)) {
    return `errorCode must be one of: ${Object.keys(OKTA_ERRORS).join(', ')}.`;
  }
  if (fault.status === undefined && fault.errorCode === undefined) {
    return 'An okta-error fault needs a status (such as 429) or an errorCode (such as E0000047).';
  }
  const codeStatus = fault.errorCode ? OKTA_ERRORS[fault.errorCode].status : undefined;
  if (codeStatus !== undefined && fault.status !== undefined && fault.status !== codeStatus) {
    return `${fault.errorCode} is Okta's ${codeStatus}, not ${fault.status}; send one of the two.`;
  }
  const causes = fault.errorCauses;
  const isList = Array.isArray(causes) && causes.every((cause) => typeof cause === 'string');
  if (causes !== undefined && !isList) {
    return 'errorCauses must be a list of "field: message" strings.';
  }

  return undefined;
}

/** Checks a fault sent to the admin API; returns a message naming the problem, if any. */
export function describeFaultProblem(input: unknown): string | undefined {
  const fault = input as Partial<Fault> | null;
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) {
    return 'A fault must be a JSON object.';
  }
  if (!FAULT_KINDS.includes(fault.kind as FaultKind)) {
    return `kind must be one of: ${FAULT_KINDS.join(', ')}.`;
  }
  const status = fault.status;
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    return 'status must be an HTTP error status (400 to 599).';
  }
  if (fault.kind === 'okta-error') {
    const problem = describeOktaErrorProblem(fault);
    if (problem) return problem;
  }
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times > 0)) {
    return 'times must be a positive whole number.';
  }
  const delayMs = fault.delayMs;
  const isDelay = typeof delayMs === 'number' && delayMs >= 0 && delayMs <= MAX_FAULT_DELAY_MS;
  if (delayMs !== undefined && !isDelay) {
    return `delayMs must be a number of milliseconds up to ${MAX_FAULT_DELAY_MS}.`;
  }
  for (const key of ['method', 'userId', 'errorSummary'] as const) {
    const value = fault[key];
    if (value !== undefined && typeof value !== 'string') return `${key} must be a string.`;
  }

  return undefined;
}

function matches(fault: Fault, method: string, userNames: readonly string[]): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  if (!fault.userId) return true;

  // Okta ids are case-sensitive, logins are not (logins are the names with an `@`).
  const wanted = fault.userId;
  return userNames.some(
    (name) =>
      name === wanted || (name.includes('@') && name.toLowerCase() === wanted.toLowerCase()),
  );
}

/** The Okta mock's faults, consulted in order before each Users API request. */
export function createFaultList(): FaultList {
  let faults: Fault[] = [];

  return {
    add(input) {
      const fault = { ...input, id: crypto.randomUUID() };
      faults.push(fault);
      return { ...fault };
    },
    clear() {
      faults = [];
    },
    list: () => faults.map((fault) => ({ ...fault })),
    take(method, userNames) {
      if (faults.length === 0) return undefined;

      const fault = faults.find((candidate) => matches(candidate, method, userNames));
      if (fault?.times !== undefined) {
        fault.times -= 1;
        if (fault.times <= 0) faults = faults.filter((candidate) => candidate !== fault);
      }

      return fault;
    },
  };
}
