// `npm run token -- <login or id>`: asks the running mock (npm run dev / npm run mock) for a token.
const [user, ...rest] = process.argv.slice(2);
const mockUrl = (
  process.env.MOCK_URL ?? `http://127.0.0.1:${process.env.MOCK_PORT ?? 4010}`
).replace(/\/+$/, '');

if (!user || rest.length > 0) {
  console.error('Usage: npm run token -- <login or Okta user id>   (MOCK_URL picks the mock)');
  process.exit(2);
}

let response: Response;
try {
  response = await fetch(`${mockUrl}/__mock/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
} catch {
  console.error(`No mock answers at ${mockUrl}. Start it with npm run dev or npm run mock first.`);
  process.exit(1);
}

const body = (await response.json()) as { access_token?: string; detail?: string };
if (!response.ok || !body.access_token) {
  console.error(`The mock refused: ${body.detail ?? response.status}`);
  process.exit(1);
}
console.log(body.access_token);
