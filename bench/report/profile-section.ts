import type { ProfileShare } from '../measure/cpu-profile-summary.ts';
import type { ServerProfile } from '../profile-server.ts';
import { markdownTable } from './markdown-table.ts';

// Above this much idle time, the process under load was waiting, not working.
const IDLE_MEANS_NOT_BOUND = 20;

// With a request count, each share also reads as CPU microseconds per answered request.
function sharesTable(title: string, shares: ProfileShare[], profile: ServerProfile): string {
  const perRequestUs = (share: ProfileShare) =>
    ((share.sharePercent / 100) * profile.summary.busyMs * 1000) / profile.requests;
  const rows = shares.map((share) => [
    share.name,
    `${share.sharePercent.toFixed(1)} %`,
    ...(profile.requests > 0 ? [perRequestUs(share).toFixed(1)] : []),
  ]);
  const header = [title, 'self time', ...(profile.requests > 0 ? ['µs per request'] : [])];

  return markdownTable(header, rows);
}

function leadingAreas(profile: ServerProfile): string {
  return profile.summary.topAreas
    .slice(0, 4)
    .map((area) => `${area.name} ${area.sharePercent.toFixed(0)} %`)
    .join(', ');
}

function boundSentence(profile: ServerProfile): string {
  const { idlePercent, busyMs } = profile.summary;

  if (profile.phase === 'start-up') {
    return (
      `Start-up took ${busyMs.toFixed(0)} ms of main-thread work under the profiler ` +
      `(which slows it; the shares are what count), idle ${idlePercent.toFixed(0)} % of the ` +
      `time (waiting off the main thread: libuv crypto, file or socket I/O). The work went to ` +
      `${leadingAreas(profile)}.`
    );
  }
  if (idlePercent > IDLE_MEANS_NOT_BOUND) {
    return (
      `Idle ${idlePercent.toFixed(0)} % of the time under load: this process is not what ` +
      'bounds the figure (the load generator or an upstream on the same cores is). ' +
      `Its busy time went to ${leadingAreas(profile)}.`
    );
  }

  return (
    `Busy ${(100 - idlePercent).toFixed(0)} % of the time under load, so its own CPU ` +
    `bounds the figure; the busy time went to ${leadingAreas(profile)}.`
  );
}

function costSentence(profile: ServerProfile): string {
  if (profile.requests === 0) return '';

  const perRequestUs = (profile.summary.busyMs * 1000) / profile.requests;
  return ` CPU per answered request: ${perRequestUs.toFixed(0)} µs.`;
}

/** One profiled server: what bounds it, then its top areas and functions by self time. */
export function profileSection(profile: ServerProfile, serverLabel: string, what: string): string {
  return [
    `### ${serverLabel}: ${what}`,
    '',
    `${boundSentence(profile)}${costSentence(profile)} Profile: \`${profile.file}\` ` +
      '(open it in Chrome DevTools, ' +
      'Performance panel; it is not kept in git).',
    '',
    sharesTable('area (package, Node module or folder)', profile.summary.topAreas, profile),
    '',
    sharesTable('function (file:line)', profile.summary.topFunctions, profile),
  ].join('\n');
}
