/** What the demo page was asked for, read from its HTML and its own URL. */
export interface DemoSettings {
  /** Where the API lives; undefined means the MSW worker answers in the page. */
  apiBaseUrl: string | undefined;
  /** Sent as `X-Mock-Scenario`, from `?scenario=`. */
  scenario: string | undefined;
  /** Sent as `X-Mock-User` (an Okta user id or login), from `?user=`. */
  user: string | undefined;
}

function readParameter(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name)?.trim();

  return value ? value : undefined;
}

/**
 * Reads the settings: the API address from `<meta name="okta-profile-api">` (set at build
 * time, empty for the worker), the scenario and user from the page's query string.
 */
export function readDemoSettings(pageUrl: string, document: Document): DemoSettings {
  const url = new URL(pageUrl);
  const meta = document.querySelector<HTMLMetaElement>('meta[name="okta-profile-api"]');
  const apiBaseUrl = meta?.content.trim() || undefined;

  return {
    apiBaseUrl,
    scenario: readParameter(url, 'scenario'),
    user: readParameter(url, 'user'),
  };
}

/** The headers that carry the chosen scenario and user to the mock. */
export function toMockHeaders(settings: DemoSettings): Record<string, string> {
  const headers: Record<string, string> = {};
  if (settings.scenario) headers['X-Mock-Scenario'] = settings.scenario;
  if (settings.user) headers['X-Mock-User'] = settings.user;

  return headers;
}
