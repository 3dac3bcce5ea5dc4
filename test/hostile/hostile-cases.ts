/** One hostile request, with the answer both the real server and the mock must give. */
export interface HostileCase {
  group: 'bodies' | 'media types' | 'text' | 'headers' | 'methods';
  name: string;
  method?: string;
  /** Raw body; `undefined` sends none. */
  body?: string;
  /** Replaces the default `content-type: application/json`; `null` removes it. */
  contentType?: string | null;
  headers?: Record<string, string>;
  /** Appended to the path, e.g. `?sub=someone-else`. */
  query?: string;
  status: number;
  /** For accepted writes: what the stored first name must be afterwards. */
  storedFirstName?: string;
}

const json = (value: unknown) => JSON.stringify(value);
const withName = (firstName: unknown) => json({ profile: { firstName } });
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

type Draft = Omit<HostileCase, 'group'>;

const bodies: HostileCase[] = (
  [
    { name: 'malformed JSON', body: '{"profile": {', status: 400 },
    { name: 'truncated JSON', body: '{"profile": {"firstName": "A', status: 400 },
    { name: 'an empty body', body: '', status: 400 },
    { name: 'whitespace only', body: '   \n ', status: 400 },
    { name: 'JSON null', body: 'null', status: 400 },
    { name: 'an array', body: '[{"profile":{}}]', status: 400 },
    { name: 'a string', body: '"profile"', status: 400 },
    { name: 'a number', body: '42', status: 400 },
    { name: 'a boolean', body: 'true', status: 400 },
    { name: 'profile null', body: json({ profile: null }), status: 400 },
    { name: 'profile an array', body: json({ profile: [] }), status: 400 },
    { name: 'profile a string', body: json({ profile: 'Ada' }), status: 400 },
    { name: 'profile a number', body: json({ profile: 5 }), status: 400 },
    { name: 'firstName a number', body: withName(7), status: 422 },
    { name: 'firstName an array', body: withName(['Ada']), status: 422 },
    { name: 'firstName an object', body: withName({ first: 'Ada' }), status: 422 },
    { name: 'firstName null', body: withName(null), status: 422 },
    { name: 'EDIPI a number', body: json({ profile: { cac_edipi: 1234567890 } }), status: 422 },
    { name: 'email a boolean', body: json({ profile: { email: true } }), status: 422 },
    { name: 'a body over 16 KiB', body: withName('x'.repeat(17 * 1024)), status: 413 },
    { name: 'a 1 MiB body', body: 'x'.repeat(1024 * 1024), status: 413 },
    { name: 'nesting 10,000 levels deep', body: deepArray(10_000), status: 413 },
    { name: 'nesting 8,000 levels deep within the limit', body: deepArray(8000), status: 400 },
    {
      name: 'a deep value in an ignored field',
      body: `{"profile":{"x":${deepArray(7000)}}}`,
      status: 200,
    },
    {
      name: 'duplicate keys (the last one wins)',
      body: '{"profile":{"firstName":"First","firstName":"Last"}}',
      status: 200,
      storedFirstName: 'Last',
    },
    {
      name: 'a __proto__ key holding the profile',
      body: '{"__proto__":{"profile":{"firstName":"Polluted"}}}',
      status: 400,
    },
    {
      name: 'a __proto__ key inside the profile',
      body: '{"profile":{"__proto__":{"firstName":"Polluted"}}}',
      status: 200,
    },
    {
      name: 'constructor.prototype inside the profile',
      body: '{"profile":{"constructor":{"prototype":{"firstName":"Polluted"}}}}',
      status: 200,
    },
    {
      name: 'a prototype key inside the profile',
      body: '{"profile":{"prototype":{"isAdmin":true}}}',
      status: 200,
    },
    {
      name: 'sub naming another user',
      body: json({ profile: { sub: '00uSomeoneElse000001' } }),
      status: 200,
    },
  ] as Draft[]
).map((c) => ({ ...c, group: 'bodies' as const }));

const mediaTypes: HostileCase[] = (
  [
    { name: 'no Content-Type', contentType: null, status: 415 },
    { name: 'text/plain', contentType: 'text/plain', status: 415 },
    {
      name: 'form-encoded',
      contentType: 'application/x-www-form-urlencoded',
      body: 'profile=x',
      status: 415,
    },
    {
      name: 'multipart',
      contentType: 'multipart/form-data; boundary=zz',
      body: '--zz\r\nContent-Disposition: form-data; name="profile"\r\n\r\nx\r\n--zz--\r\n',
      status: 415,
    },
    { name: 'charset latin1', contentType: 'application/json; charset=latin1', status: 415 },
    { name: 'charset utf-16', contentType: 'application/json; charset=utf-16', status: 415 },
    { name: 'an unknown charset', contentType: 'application/json; charset=klingon', status: 415 },
    { name: 'application/jsonp', contentType: 'application/jsonp', status: 415 },
    { name: 'a +json suffix type', contentType: 'application/merge-patch+json', status: 415 },
    { name: 'gzip Content-Encoding', headers: { 'content-encoding': 'gzip' }, status: 415 },
    { name: 'upper-case APPLICATION/JSON', contentType: 'APPLICATION/JSON', status: 200 },
    {
      name: 'charset=UTF-8 without a space',
      contentType: 'application/json;charset=UTF-8',
      status: 200,
    },
    { name: 'a quoted charset', contentType: 'application/json; charset="utf-8"', status: 200 },
  ] as Draft[]
).map((c) => ({
  body: withName('Media'),
  storedFirstName: c.status === 200 ? 'Media' : undefined,
  ...c,
  group: 'media types' as const,
}));

interface TextDraft {
  name: string;
  status: number;
  firstName?: string;
  profile?: Record<string, unknown>;
  raw?: string;
}

const text: HostileCase[] = (
  [
    { name: 'a 51-character name', firstName: 'x'.repeat(51), status: 422 },
    { name: 'a 10,000-character name', firstName: 'x'.repeat(10_000), status: 422 },
    { name: 'a bell control character', firstName: 'Ada\u0007', status: 422 },
    { name: 'a NUL character', firstName: 'Ada\u0000Lovelace', status: 422 },
    { name: 'a lone surrogate', raw: '{"profile":{"firstName":"Ada\\ud800"}}', status: 422 },
    { name: 'a right-to-left override', firstName: 'Ada\u202Eecalevol', status: 422 },
    { name: 'a zero-width joiner', firstName: 'Ada\u200DLovelace', status: 200 },
    { name: 'right-to-left script', firstName: 'مريم', status: 200 },
    { name: 'emoji', firstName: 'Ada 👩‍💻', status: 200 },
    { name: 'a script tag', firstName: '<script>alert(1)</script>', status: 200 },
    { name: 'an HTML event handler', firstName: '<img src=x onerror=alert(1)>', status: 200 },
    { name: 'quotes and backslashes', firstName: 'O"Brien\\\'s', status: 200 },
    { name: 'SQL in a name', firstName: "Robert'); DROP TABLE users;--", status: 200 },
    { name: 'a login with spaces', profile: { login: 'ada lovelace@example.com' }, status: 422 },
    {
      name: 'an email with a newline',
      profile: { email: 'ada@example.com\nBcc: x@y.z' },
      status: 422,
    },
    { name: 'an EDIPI in Arabic-Indic digits', profile: { cac_edipi: '١٢٣٤٥٦٧٨٩٠' }, status: 422 },
    { name: 'an 11-digit EDIPI', profile: { cac_edipi: '12345678901' }, status: 422 },
    { name: 'an EDIPI with a space', profile: { cac_edipi: '12345 67890' }, status: 422 },
  ] as TextDraft[]
).map(({ firstName, profile, raw, ...c }) => ({
  ...c,
  body: raw ?? json({ profile: profile ?? { firstName } }),
  storedFirstName: c.status === 200 ? firstName : undefined,
  group: 'text' as const,
}));

const headers: HostileCase[] = (
  [
    {
      name: 'an If-Match that is no entity tag',
      headers: { 'if-match': 'not-an-etag' },
      status: 412,
    },
    { name: 'an If-Match list', headers: { 'if-match': 'W/"a", W/"b"' }, status: 412 },
    {
      name: 'a 4,000-character If-Match',
      headers: { 'if-match': `W/"${'a'.repeat(4000)}"` },
      status: 412,
    },
    { name: 'an empty If-Match', headers: { 'if-match': '' }, status: 200 },
    { name: 'If-Match *', headers: { 'if-match': '*' }, status: 200 },
    { name: 'an unsafe X-Request-Id', headers: { 'x-request-id': 'a<script>' }, status: 200 },
    {
      name: 'a 12 KiB X-Request-Id',
      headers: { 'x-request-id': 'r'.repeat(12 * 1024) },
      status: 200,
    },
    {
      name: 'oversized headers (24 KiB)',
      headers: { 'x-filler': 'f'.repeat(24 * 1024) },
      status: 431,
    },
  ] as Draft[]
).map((c) => ({
  body: withName('Header'),
  storedFirstName: c.status === 200 ? 'Header' : undefined,
  ...c,
  group: 'headers' as const,
}));

const methods: HostileCase[] = (
  [
    { name: 'PUT', method: 'PUT', status: 405 },
    { name: 'DELETE', method: 'DELETE', status: 405 },
    { name: 'PATCH', method: 'PATCH', status: 405 },
    {
      name: 'GET naming another user in the query',
      method: 'GET',
      body: undefined,
      query: '?sub=00uSomeoneElse000001&__proto__[isAdmin]=1',
      status: 200,
    },
  ] as Draft[]
).map((c) => ({ body: withName('Method'), ...c, group: 'methods' as const }));

export const HOSTILE_CASES: HostileCase[] = [
  ...bodies,
  ...mediaTypes,
  ...text,
  ...headers,
  ...methods,
];
