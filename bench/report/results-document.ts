import type { BenchSettings } from '../bench-settings.ts';
import type { BenchResults } from '../bench-results.ts';
import type { ServerProfile } from '../profile-server.ts';
import type { TargetCheck } from './check-targets.ts';
import { describeMachine } from './machine-info.ts';
import { markdownTable } from './markdown-table.ts';
import { profileSection } from './profile-section.ts';
import {
  fetchPathTable,
  loadTable,
  npmStartLines,
  rawRunsTable,
  serverTable,
} from './result-tables.ts';
import { READING_NOTES } from './reading-notes.ts';

/** Everything the results file is made from. */
export interface ResultsInput {
  results: BenchResults;
  checks: TargetCheck[];
  profiles: ServerProfile[];
  settings: BenchSettings;
  finishedAt: Date;
  elapsedS: number;
  /** The one-minute load average when the run began and when it ended. */
  loadAverages: [number, number];
}

function settingsLines({ settings, elapsedS, loadAverages }: ResultsInput): string[] {
  const [before, after] = loadAverages.map((load) => load.toFixed(2));

  return [
    `- \`npm run bench\` runs \`node bench/run-bench.ts\`; this run took ${elapsedS.toFixed(0)} s.`,
    `- One-minute load average ${before} when it began, ${after} at the end (anything ` +
      'above about 1 at the start means other work shared the cores).',
    `- Each endpoint: ${settings.warmupS} s warm-up at ${Math.max(...settings.connections)} ` +
      `connections, then ${settings.repeats} × (${settings.connections.join(' and ')} ` +
      `connections × ${settings.durationS} s); figures are medians over the repeats ` +
      `(\`BENCH_DURATION_S=${settings.durationS} BENCH_REPEATS=${settings.repeats} ` +
      `BENCH_WARMUP_S=${settings.warmupS} BENCH_COLD_STARTS=${settings.coldStarts} ` +
      `BENCH_PROFILE=${settings.profile}\` change them).`,
    "- Load: autocannon's programmatic API in the bench process, keep-alive, one request " +
      "shape per endpoint; p50/p99 from each response's own timing (µs resolution).",
    `- Cold start: spawn to the first 200 on the endpoint, polled every 5 ms, median of ` +
      `${settings.coldStarts}. Memory: \`/proc/<pid>/status\` VmRSS 0.5 s after the first 200, ` +
      'VmHWM after the load.',
  ];
}

function targetsTable(checks: TargetCheck[]): string {
  const rows = checks.map((check) => [
    check.target,
    check.measured,
    check.context,
    check.isMet ? 'met' : '**missed**',
    check.missedBy,
  ]);

  return markdownTable(['target', 'measured', 'for scale', 'result', 'missed by'], rows);
}

function failureWarning(results: BenchResults): string[] {
  const failed = [...results.endpoints, ...results.fetchPaths].filter((each) =>
    [...each.runs.values()].some((runs) => runs.some((run) => run.failures > 0)),
  );
  if (failed.length === 0) return [];

  const names = failed.map((each) => each.id).join(', ');
  return [`**Some answers were not 2xx (${names}): those figures do not measure success.**`, ''];
}

const withBlankLine = (lines: string[]) => (lines.length === 0 ? [] : [...lines, '']);

/** The whole `bench/results.md`: machine, commands, tables, targets, profiles, notes. */
export function buildResultsDocument(input: ResultsInput): string {
  const { results, checks, profiles, settings } = input;
  const counts = settings.connections;
  const busiest = Math.max(...counts);
  const endpointLabels = new Map(
    results.endpoints.map((endpoint) => [endpoint.id, endpoint.label]),
  );
  const serverLabels = new Map(results.servers.map((server) => [server.id, server.label]));
  const profileText = (profile: ServerProfile) =>
    profileSection(
      profile,
      serverLabels.get(profile.serverId) ?? profile.serverId,
      profile.phase === 'start-up'
        ? 'start-up, spawn to first 200'
        : `under ${endpointLabels.get(profile.phase.endpointId)} at ${busiest} connections`,
    );
  const commands = results.servers.map((server) => `- ${server.label}: \`${server.command}\``);

  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${input.finishedAt.toISOString()}; every run rewrites it. ` +
      'All servers listen on 127.0.0.1, each in its own process; ratios compare figures of ' +
      'this same run (× raw: divided by the raw node:http baseline doing the same job; ' +
      "× Prism: divided by Prism's figure for the same method).",
    '',
    ...failureWarning(results),
    '## Targets',
    '',
    targetsTable(checks),
    '',
    '## Throughput and latency',
    '',
    loadTable(results, counts),
    '',
    '## Start-up and memory',
    '',
    serverTable(results),
    '',
    ...withBlankLine(npmStartLines(results)),
    '## The mock from Node tests: MSW `setupServer` against the standalone server',
    '',
    fetchPathTable(results, counts),
    '',
    '## Profiles',
    '',
    profiles.length === 0
      ? 'Every target was met, so no server was profiled (`BENCH_PROFILE=always` profiles anyway).'
      : profiles.map(profileText).join('\n\n'),
    '',
    '## How to read these figures',
    '',
    ...READING_NOTES,
    '',
    '## Machine, versions and commands',
    '',
    markdownTable(['', ''], describeMachine()),
    '',
    ...settingsLines(input),
    '',
    'Servers (`<port>` is a free port picked per start):',
    '',
    ...commands,
    '',
    '## Every repeat',
    '',
    rawRunsTable(results.endpoints),
    '',
  ].join('\n');
}
