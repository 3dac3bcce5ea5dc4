import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchFetchPaths } from './bench-fetch-paths.ts';
import type { BenchResults } from './bench-results.ts';
import { startMeasuredServer, type StartedServer } from './bench-server.ts';
import { loadBenchSettings } from './bench-settings.ts';
import { loadEndpoints } from './load-endpoints.ts';
import { runProfiles } from './plan-profiles.ts';
import { readOktaWiring } from './read-okta-wiring.ts';
import { checkTargets } from './report/check-targets.ts';
import { buildResultsDocument } from './report/results-document.ts';
import { SERVER_TARGETS, type OktaWiring } from './targets.ts';

// `npm run bench`: every server on 127.0.0.1 in its own process, loaded, measured, stopped;
// the tables go to stdout and to bench/results.md. A BENCH_ONLY run writes bench/out instead,
// so a partial run never replaces the full one in git.
const settings = loadBenchSettings(process.env);
const only = settings.only;
const resultsFile = only
  ? new URL('./out/results-only.md', import.meta.url)
  : new URL('./results.md', import.meta.url);
const targets = only ? SERVER_TARGETS.filter((target) => only.includes(target.id)) : SERVER_TARGETS;
const isWanted = (name: string) => !only || only.includes(name);

// A misspelt name would otherwise run nothing and report an empty table.
const knownNames = [...SERVER_TARGETS.map((target) => target.id), 'fetch-paths'];
const unknownNames = only?.filter((name) => !knownNames.includes(name)) ?? [];
if (unknownNames.length > 0) {
  console.error(`BENCH_ONLY: no ${unknownNames.join(', ')}; pick from ${knownNames.join(', ')}.`);
  process.exit(2);
}
const startedAt = performance.now();
const loadAtStart = loadavg()[0]!;
const results: BenchResults = { servers: [], endpoints: [], fetchPaths: [] };
const started: StartedServer[] = [];
let okta: OktaWiring | undefined;

function log(line: string) {
  console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0)} s] ${line}`);
}

try {
  // Servers are started one by one (cold starts alone on the machine), then loaded in rounds.
  for (const target of targets) {
    const server = await startMeasuredServer(target, settings, okta, log);
    started.push(server);
    if (target.id === 'okta') okta = await readOktaWiring(server.process);
  }
  results.endpoints = await loadEndpoints(started, settings, okta, log);

  // The Okta mock stops last: the proxy and the real server call it, profiled ones too.
  const isOkta = (server: StartedServer) => server.target.id === 'okta';
  for (const server of started.filter((each) => !isOkta(each))) {
    results.servers.push(await server.finish());
  }
  if (isWanted('fetch-paths')) results.fetchPaths = await benchFetchPaths(settings, log);

  const busiest = Math.max(...settings.connections);
  const single = Math.min(...settings.connections);
  // A partial run checks only the targets of the servers it ran.
  const checks = checkTargets(results, busiest, single).filter((check) => isWanted(check.serverId));
  const profiles = await runProfiles(checks, settings, okta, log);
  for (const server of started.filter(isOkta)) results.servers.push(await server.finish());
  results.servers.sort(
    (a, b) =>
      SERVER_TARGETS.findIndex((target) => target.id === a.id) -
      SERVER_TARGETS.findIndex((target) => target.id === b.id),
  );

  const document = buildResultsDocument({
    results,
    checks,
    profiles,
    settings,
    finishedAt: new Date(),
    elapsedS: (performance.now() - startedAt) / 1000,
    loadAverages: [loadAtStart, loadavg()[0]!],
  });
  mkdirSync(new URL('.', resultsFile), { recursive: true });
  writeFileSync(resultsFile, document);
  console.log(`\n${document}`);
  log(`written to ${relative(process.cwd(), fileURLToPath(resultsFile))}`);
} finally {
  await Promise.all(started.map((server) => server.process.stop()));
}
