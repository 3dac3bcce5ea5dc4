/** Fixed caveats printed under the tables: what each figure includes and what it does not. */
export const READING_NOTES: string[] = [
  '- At a fixed number of connections each waiting for its answer, latency is about ' +
    "connections ÷ throughput (Little's law): at 50 connections a p50 under 5 ms needs more " +
    'than 10,000 req/s, so the p99 target at 50 connections is the throughput target in ' +
    'another form; the figure at 1 connection shows the latency of one request alone.',
  '- Two cores are shared by the load generator (autocannon, one thread), the server and, ' +
    'for the proxy and the real server, the Okta mock. The raw baselines are therefore bounded ' +
    'by the load generator rather than by node:http (their profiles show idle time), which ' +
    'makes every "× raw" ratio conservative for the server measured and ties p99 at 50 ' +
    'connections to scheduling on these two cores.',
  '- "raw node:http" answers the seeded first user\'s profile, byte for byte the mock\'s body, ' +
    'with no logic; its POST reads the body and drops it. "raw proxy" pipes every request to ' +
    "the Okta mock's `GET /api/v1/users/{id}` over kept-alive sockets, untouched.",
  '- Every mock POST changes the first name (a new value each time), so each is a write ' +
    'through the Okta mock, not an empty update answered by a read.',
  '- The standalone mock is what `npm run mock` runs: `mock-server/bundle/run-bundled-cli.mjs ' +
    'mock`, which checks that the esbuild bundle of `mock-server/cli/mock.ts` in `.build/cli` ' +
    'is newer than every source and runs it (the bench builds it first, so each cold start is ' +
    "a user's second start). npm's own start-up is timed apart, under the start-up table. " +
    "The Okta mock's rate limit is turned off through its admin API after start (600 calls " +
    'a minute would turn the load into 503s). Its request journal stays on.',
  '- The real server is `real-server/main.ts` with `LOG_LEVEL=info` (one pino line per ' +
    'request, stdout to /dev/null) and a valid RS256 token from the Okta mock; the token is ' +
    'verified once, then served from the verified-token cache.',
  '- All servers stay up while the endpoints are loaded one at a time, round after round ' +
    '(one warm-up each first), so outside work during the run spreads over every row. The ' +
    "Okta mock's peak RSS includes the load the proxy and the real server put on it.",
  '- Profiles: `node:internal/deps/undici` is the fetch() implementation, ' +
    '`node:internal/deps/amaro` the type stripper; `wasm:/wasm` is amaro at start-up and ' +
    "undici's llhttp parser under load; `native` is V8 builtins and bindings, socket writes " +
    '(`writev`, `writeUtf8String`) included.',
  "- What bounds the real server at 50 connections is Node's fetch(), which the design " +
    'requires for the Okta client: a bare node:http server that does nothing but call Okta ' +
    'through the same client reached 0.35-0.49 × the raw proxy in separate runs (about ' +
    '170-240 µs of CPU per request, of which one fetch() is 95-120 µs in isolation), so ' +
    'the 0.5 × target is out of reach with fetch. Express, routing, headers, the token ' +
    'cache and the pino line add about 45 µs per request together; asynchronous logging, ' +
    'reading the body as bytes and a larger young generation were tried and did not help.',
  '- Prism runs with its defaults (`prism mock`, info logging to /dev/null, one process).',
  "- Every other server, the raw baselines included, is a `.ts` file run by Node 24's type " +
    'stripping, so their start-up and memory include loading the stripper (about 50 ms and ' +
    '17 MB for a one-line file on this machine); the bundled mock loads none.',
  '- "ready ms" of the MSW path is from the start of its process to the first answered ' +
    'fetch(): Node start, imports, `createMockHandlers`, `setupServer().listen()`.',
];
