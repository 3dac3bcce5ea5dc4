import type { BenchResults, EndpointResult, ServerResult } from '../bench-results.ts';
import { median } from '../measure/stats.ts';
import { markdownTable } from './markdown-table.ts';
import { formatNumber, formatRatio, summariseRuns } from './summarise.ts';

/** Requests/s, p50 and p99 of every endpoint, with ratios to its raw baseline and to Prism. */
export function loadTable(results: BenchResults, connections: readonly number[]): string {
  const byId = new Map(results.endpoints.map((endpoint) => [endpoint.id, endpoint]));
  const rows: string[][] = [];

  for (const endpoint of results.endpoints) {
    for (const count of connections) {
      const own = summariseRuns(endpoint.runs.get(count));
      const raw = summariseRuns(byId.get(endpoint.rawBaseline)?.runs.get(count));
      const prism = summariseRuns(byId.get(endpoint.prismPeer)?.runs.get(count));
      rows.push([
        endpoint.label,
        String(count),
        formatNumber(own.requestsPerSec),
        formatRatio(own.requestsPerSec, raw.requestsPerSec),
        formatRatio(own.requestsPerSec, prism.requestsPerSec),
        formatNumber(own.p50Ms, 2),
        formatRatio(own.p50Ms, raw.p50Ms),
        formatRatio(own.p50Ms, prism.p50Ms),
        formatNumber(own.p99Ms, 2),
        formatRatio(own.p99Ms, raw.p99Ms),
        formatRatio(own.p99Ms, prism.p99Ms),
        String(own.failures),
      ]);
    }
  }

  const header = [
    'endpoint',
    'conns',
    'req/s',
    '× raw',
    '× Prism',
    'p50 ms',
    '× raw',
    '× Prism',
    'p99 ms',
    '× raw',
    '× Prism',
    'non-2xx/errors',
  ];
  return markdownTable(header, rows);
}

/** Cold start and memory of every server process, with ratios to its raw baseline and Prism. */
export function serverTable(results: BenchResults): string {
  const byId = new Map(results.servers.map((server) => [server.id, server]));
  const coldMs = (server: ServerResult | undefined) => median(server?.coldStartsMs ?? []);
  const prism = byId.get('prism');

  const rows = results.servers.map((server) => {
    const raw = byId.get(server.rawBaseline);
    return [
      server.label,
      formatNumber(coldMs(server)),
      formatRatio(coldMs(server), coldMs(raw)),
      formatRatio(coldMs(server), coldMs(prism)),
      formatNumber(server.afterStartMb, 1),
      formatRatio(server.afterStartMb, raw?.afterStartMb),
      formatRatio(server.afterStartMb, prism?.afterStartMb),
      formatNumber(server.peakMb, 1),
      formatRatio(server.peakMb, raw?.peakMb),
      formatRatio(server.peakMb, prism?.peakMb),
    ];
  });

  const header = [
    'server (own process)',
    'cold start ms',
    '× raw',
    '× Prism',
    'RSS after start MiB',
    '× raw',
    '× Prism',
    'peak RSS MiB',
    '× raw',
    '× Prism',
  ];
  return markdownTable(header, rows);
}

/** For each server started by an npm script: what `npm run` adds to the command's cold start. */
export function npmStartLines(results: BenchResults): string[] {
  return results.servers
    .filter((server) => server.npmScript && server.npmColdStartsMs.length > 0)
    .map((server) => {
      const viaNpm = median(server.npmColdStartsMs);
      const added = viaNpm - median(server.coldStartsMs);
      return (
        `- Through npm: \`npm run ${server.npmScript}\` (same flags) answered its first ` +
        `200 after ${viaNpm.toFixed(0)} ms (median of ${server.npmColdStartsMs.length}); ` +
        `npm's own start-up adds ${added.toFixed(0)} ms to the "${server.label}" row, which ` +
        'times the command npm runs.'
      );
    });
}

/** The two ways a Node test reaches the mock, with MSW as a ratio of the standalone server. */
export function fetchPathTable(results: BenchResults, connections: readonly number[]): string {
  const standalone = results.fetchPaths.find((path) => path.id === 'http-standalone');
  const rows: string[][] = [];

  for (const path of results.fetchPaths) {
    for (const count of connections) {
      const own = summariseRuns(path.runs.get(count));
      const base = summariseRuns(standalone?.runs.get(count));
      rows.push([
        path.label,
        String(count),
        formatNumber(own.requestsPerSec),
        formatRatio(own.requestsPerSec, base.requestsPerSec),
        formatNumber(own.p50Ms, 2),
        formatRatio(own.p50Ms, base.p50Ms),
        formatNumber(own.p99Ms, 2),
        formatNumber(path.setupMs),
        formatNumber(path.afterSetupMb, 1),
        formatNumber(path.peakMb, 1),
        String(own.failures),
      ]);
    }
  }

  const header = [
    'path',
    'in flight',
    'req/s',
    '× standalone',
    'p50 ms',
    '× standalone',
    'p99 ms',
    'ready ms',
    'RSS after setup MiB',
    'peak RSS MiB',
    'non-2xx/errors',
  ];
  return markdownTable(header, rows);
}

/** Every run, not just medians, so a noisy repeat shows. */
export function rawRunsTable(endpoints: EndpointResult[]): string {
  const rows: string[][] = [];
  for (const endpoint of endpoints) {
    for (const [count, runs] of endpoint.runs) {
      const each = (pick: (run: (typeof runs)[number]) => number, digits: number) =>
        runs.map((run) => formatNumber(pick(run), digits)).join(' / ');
      rows.push([
        endpoint.id,
        String(count),
        each((run) => run.requestsPerSec, 0),
        each((run) => run.p50Ms, 2),
        each((run) => run.p99Ms, 2),
      ]);
    }
  }

  return markdownTable(['endpoint', 'conns', 'req/s per repeat', 'p50 ms', 'p99 ms'], rows);
}
