import { startMockHttpServer } from '../../mock-server/node/serve-mock.ts';
import { createOktaMock } from '../../mock-server/okta/okta-mock.ts';

// The Okta mock alone, wired as test/support/start-system.ts does, with the rate limit off
// so load measures the mock rather than its 429s. Prints what the real server needs.
const okta = await createOktaMock({ rateLimit: false });
const server = await startMockHttpServer({ handle: okta.handle, port: Number(process.env.PORT) });
okta.setBaseUrl(server.url);

const userId = okta.store.list()[0]!.id;
const wiring = {
  url: server.url,
  apiToken: okta.apiToken,
  issuer: okta.authServer.issuer(),
  audience: okta.authServer.audience,
  userId,
  token: await okta.mintFor(userId, 3600),
};
console.log(JSON.stringify(wiring));

process.once('SIGTERM', async () => {
  await server.close();
  process.exit(0);
});
