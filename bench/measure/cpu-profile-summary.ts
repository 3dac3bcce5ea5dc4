import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toOriginalFrame, type ProfileFrame } from './original-frame.ts';

interface CpuProfileNode {
  id: number;
  callFrame: ProfileFrame;
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A function or an area and its share of the busy (non-idle) self time. */
export interface ProfileShare {
  name: string;
  sharePercent: number;
}

/** What a `--cpu-prof` file says the process spent its time on. */
export interface ProfileSummary {
  busyMs: number;
  idlePercent: number;
  topFunctions: ProfileShare[];
  topAreas: ProfileShare[];
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function toPath(url: string): string {
  return url.startsWith('file://') ? fileURLToPath(url) : url;
}

// Groups a frame by package, Node core module or repository folder.
function areaOf({ functionName, url }: CpuProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'native (V8 builtins, bindings)';
  // Bundled dependencies (undici behind fetch, amaro behind type stripping) by name.
  if (url.startsWith('node:internal/deps/')) return url.split('/').slice(0, 3).join('/');
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');

  const path = toPath(url);
  const modules = path.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const parts = path.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }

  return relative(REPO_ROOT, path).split('/').slice(0, -1).join('/') || path;
}

function placeOf({ functionName, url, lineNumber }: CpuProfileNode['callFrame']): string {
  const name = functionName || '(anonymous)';
  if (!url) return name;

  const path = toPath(url);
  const modules = path.lastIndexOf('/node_modules/');
  const shortPath = modules !== -1 ? path.slice(modules + 14) : relative(REPO_ROOT, path);

  return `${name} (${shortPath.startsWith('..') ? path : shortPath}:${lineNumber + 1})`;
}

function topShares(totals: Map<string, number>, busyMs: number, count: number): ProfileShare[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, sharePercent: (100 * ms) / busyMs }));
}

/**
 * Self time per function and per area of a `.cpuprofile`, idle time left out of the shares.
 * Samples before `fromMicros` (the monotonic clock, as `process.hrtime`) are skipped, so
 * start-up does not count as time under load.
 */
export function summariseCpuProfile(file: string, fromMicros = 0, count = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let idleMs = 0;
  let totalMs = 0;
  let sampledAt = profile.startTime;

  // Each sample owns the interval up to the next one, as Chrome's profiler panel counts it.
  profile.samples.forEach((id, index) => {
    sampledAt += profile.timeDeltas[index] ?? 0;
    if (sampledAt < fromMicros) return;

    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const sampled = byId.get(id)?.callFrame;
    totalMs += ms;
    if (!sampled || sampled.functionName === '(idle)') return void (idleMs += ms);

    const frame = toOriginalFrame(sampled);
    const place = placeOf(frame);
    const area = areaOf(frame);
    byFunction.set(place, (byFunction.get(place) ?? 0) + ms);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
  });
  const busyMs = totalMs - idleMs;

  return {
    busyMs,
    idlePercent: totalMs ? (100 * idleMs) / totalMs : 0,
    topFunctions: topShares(byFunction, busyMs, count),
    topAreas: topShares(byArea, busyMs, count),
  };
}
