/**
 * The Content-Security-Policy the demo is served with: only its own scripts and styles, no
 * inline code, and requests to its own origin plus the mock it is built against.
 */
export function demoContentSecurityPolicy(apiBaseUrl?: string): string {
  const connect = apiBaseUrl ? `'self' ${new URL(apiBaseUrl).origin}` : "'self'";

  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
