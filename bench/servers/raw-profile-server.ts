import { createServer } from 'node:http';

// The ceiling for any mock: node:http answering a fixed profile, no logic. The parent passes
// the seeded first user's profile, so the body is the standalone mock's, byte for byte.
const PROFILE = process.env.PROFILE_JSON ?? '{}';
const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': Buffer.byteLength(PROFILE),
};

const server = createServer({ keepAlive: true }, (req, res) => {
  // A POST body is read and dropped, so POST costs what a minimal write endpoint would.
  req.resume();
  req.on('end', () => res.writeHead(200, HEADERS).end(PROFILE));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');

process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
});
