import { Agent, createServer, request } from 'node:http';

// The ceiling for a server that calls Okta: every request forwarded to the Okta mock's
// `GET /api/v1/users/{id}` over kept-alive sockets, the answer piped back untouched.
const okta = new URL(process.env.OKTA_URL ?? 'http://127.0.0.1:1');
const path = `/api/v1/users/${encodeURIComponent(process.env.OKTA_USER_ID ?? '')}`;
const headers = {
  authorization: `SSWS ${process.env.OKTA_API_TOKEN ?? ''}`,
  accept: 'application/json',
};
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

const server = createServer({ keepAlive: true }, (req, res) => {
  req.resume();
  const upstream = request(
    { host: okta.hostname, port: okta.port, path, headers, agent },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, {
        'content-type': answer.headers['content-type'] ?? 'application/json',
      });
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  upstream.end();
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');

process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  agent.destroy();
  process.exit(0);
});
