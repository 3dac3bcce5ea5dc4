/** A fixed window: `limit` calls per `windowSeconds`. */
export interface RateLimitSettings {
  limit: number;
  windowSeconds: number;
}

/** Whether one call may go ahead, and the headers its answer carries either way. */
export interface RateLimitVerdict {
  isAllowed: boolean;
  headers: Record<string, string>;
  /** End of the current window, in UTC epoch seconds. */
  resetAt: number;
}

/** The Users API's call counter; `configure(false)` turns limiting off. */
export interface RateLimiter {
  take(): RateLimitVerdict;
  configure(settings: RateLimitSettings | false): void;
  settings(): RateLimitSettings | false;
}

// With limits off the headers still go out, as Okta always sends them.
const UNLIMITED = { limit: 1_000_000, windowSeconds: 60 };

/** Okta's per-endpoint limit as a fixed window, with its three headers on every answer. */
export function createRateLimiter(initial: RateLimitSettings | false): RateLimiter {
  let settings = initial;
  let windowEndsAt = 0;
  let used = 0;

  function take(): RateLimitVerdict {
    const { limit, windowSeconds } = settings || UNLIMITED;
    const nowSeconds = Date.now() / 1000;
    if (nowSeconds >= windowEndsAt) {
      // Whole seconds, as Okta's X-Rate-Limit-Reset; rounding down keeps Retry-After within
      // the window rather than one second past it.
      windowEndsAt = Math.floor(nowSeconds) + windowSeconds;
      used = 0;
    }

    used += 1;
    const isAllowed = used <= limit;
    const headers = {
      'x-rate-limit-limit': String(limit),
      'x-rate-limit-remaining': String(Math.max(limit - used, 0)),
      'x-rate-limit-reset': String(windowEndsAt),
    };

    return { isAllowed, headers, resetAt: windowEndsAt };
  }

  return {
    take,
    configure(next) {
      settings = next;
      windowEndsAt = 0;
    },
    settings: () => settings,
  };
}
