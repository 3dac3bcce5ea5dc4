import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDemoApp } from './build-demo-app.ts';
import { demoContentSecurityPolicy } from './demo-csp.ts';
import { startStaticServer } from './serve-static.ts';

// `node mock-server/browser/serve-demo.ts [--port 5173] [--api http://127.0.0.1:4010]`:
// builds the demo and serves it; without --api the MSW worker answers inside the page.
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5173' },
    api: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, not ${JSON.stringify(values.port)}`);
  process.exit(1);
}

const outDir = join(import.meta.dirname, 'dist');
await buildDemoApp({ outDir, apiBaseUrl: values.api });
const server = await startStaticServer({
  root: outDir,
  port,
  headers: { 'content-security-policy': demoContentSecurityPolicy(values.api) },
});

const answeredBy = values.api ? `the mock at ${values.api}` : 'the MSW worker in the page';
console.log(`demo app on ${server.url}/ (API answered by ${answeredBy})`);
console.log(`pick a scenario: ${server.url}/?scenario=okta-rate-limited`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
