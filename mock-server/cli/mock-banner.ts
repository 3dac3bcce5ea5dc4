import { describeSettings } from '../admin/mock-settings.ts';
import type { RunningMock } from './start-mock.ts';

function usersHeading(origin: { seed: number; stateFile: string | undefined }): string {
  const source = origin.stateFile
    ? `loaded from ${origin.stateFile}`
    : `seeded (seed ${origin.seed})`;

  return `  users ${source}; * = default; POST /__mock/reset goes back to seed ${origin.seed}:`;
}

/** The lines `npm run mock` prints: where it is, who the users are, how to switch scenario. */
export function mockBanner(mock: RunningMock): string {
  const { url, app } = mock;
  const users = app.okta.store.list();
  const defaultUser = app.settings.defaultUser ?? users[0]?.id;
  const userLines = users.map((user) => {
    const marker = user.id === defaultUser || user.profile.login === defaultUser ? '*' : ' ';
    const edipi = user.profile.cac_edipi ?? 'no EDIPI';
    return `   ${marker} ${user.id}  ${user.profile.login}  (${edipi})`;
  });

  return [
    `okta-profile mock listening on ${url}`,
    '',
    `  /internal/okta-profile   ${url}/internal/okta-profile   (no token needed)`,
    `  Okta Users API           ${url}/api/v1/users/{id}   (Authorization: SSWS ${app.okta.apiToken})`,
    `  admin API                ${url}/__mock/scenario, /__mock/users, /__mock/requests, /__mock/reset`,
    `  console                  ${url}/__mock/`,
    '',
    `  settings: ${describeSettings(app.settings)}`,
    `  config file: ${mock.configPath ?? 'none (a ./mock.config.json made later is picked up)'}`,
    '  switch per request:  -H "X-Mock-Scenario: okta-rate-limited"  or  ?__scenario=okta-rate-limited',
    `  switch for all:      curl -X PUT ${url}/__mock/scenario -H 'content-type: application/json' -d '{"name":"slow"}'`,
    '  act as another user: -H "X-Mock-User: <login or id>"  or cookie mock_user=<login or id>',
    '',
    usersHeading(app.okta.origin),
    ...userLines,
  ].join('\n');
}
