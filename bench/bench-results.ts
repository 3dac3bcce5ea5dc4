import type { LoadRun } from './measure/load-runner.ts';

/** Every run of one endpoint, by number of connections. */
export interface EndpointResult {
  id: string;
  label: string;
  serverId: string;
  rawBaseline: string;
  prismPeer: string;
  runs: Map<number, LoadRun[]>;
}

/** One server process: start-up time and memory, plus the command that ran it. */
export interface ServerResult {
  id: string;
  label: string;
  rawBaseline: string;
  command: string;
  coldStartsMs: number[];
  /** The npm script that starts it, if any, and its cold starts through `npm run`. */
  npmScript?: string;
  npmColdStartsMs: number[];
  /** VmRSS half a second after the first 200, before any load. */
  afterStartMb: number;
  /** VmHWM once its load is over. */
  peakMb: number;
}

/** One way a test reaches the mock through fetch(): MSW in-process, or the standalone server. */
export interface FetchPathResult {
  id: string;
  label: string;
  /** From the start of the child to its first 200 (import, setup, first fetch). */
  setupMs: number;
  afterSetupMb: number;
  peakMb: number;
  runs: Map<number, LoadRun[]>;
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  servers: ServerResult[];
  endpoints: EndpointResult[];
  fetchPaths: FetchPathResult[];
}
