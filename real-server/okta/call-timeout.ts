/** A signal that aborts after `ms` the way `AbortSignal.timeout` does, and a way to disarm it. */
export interface CallTimeout {
  signal: AbortSignal;
  clear(): void;
}

/**
 * Like `AbortSignal.timeout(ms)` (same `TimeoutError` reason, never keeps the process up), but
 * cleared once the call is over: `AbortSignal.timeout` stays armed for the whole `ms` after
 * every call, which under load is thousands of live timers for the collector to carry.
 */
export function startCallTimeout(ms: number): CallTimeout {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    const reason = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    controller.abort(reason);
  }, ms);
  // In Node only: the demo runs this code in a browser, where a timer is a number.
  if (typeof timer === 'object') timer.unref();

  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
