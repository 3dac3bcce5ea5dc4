import { rmSync } from 'node:fs';
import type { BenchSettings } from './bench-settings.ts';
import {
  profileDir,
  profileStartup,
  profileUnderLoad,
  type ServerProfile,
} from './profile-server.ts';
import type { TargetCheck } from './report/check-targets.ts';
import { SERVER_TARGETS, type OktaWiring } from './targets.ts';

// For each server with targets: the endpoint its load profile uses, and the baseline profiled
// beside it so a reader can tell the server's own cost from what any node:http server pays.
interface ProfilePlan {
  endpointId: string;
  baseline: string;
  baselineEndpointId: string;
}
const PLANS: Record<string, ProfilePlan> = {
  mock: { endpointId: 'mock-get', baseline: 'raw-profile', baselineEndpointId: 'raw-get' },
  real: { endpointId: 'real-get', baseline: 'raw-proxy', baselineEndpointId: 'proxy-get' },
};

function targetOf(id: string) {
  const target = SERVER_TARGETS.find((candidate) => candidate.id === id);
  if (!target) throw new Error(`no server target ${id}`);
  return target;
}

/**
 * Profiles what the settings ask for: by default each server that missed a target, in the
 * phase it missed (under load, or start-up), with its raw baseline beside it.
 */
export async function runProfiles(
  checks: TargetCheck[],
  settings: BenchSettings,
  okta: OktaWiring | undefined,
  log: (line: string) => void,
): Promise<ServerProfile[]> {
  const profiles: ServerProfile[] = [];
  if (settings.profile === 'never') return profiles;

  // Only this run's profiles stay, so the paths in results.md are the ones on disk.
  rmSync(profileDir(settings), { recursive: true, force: true });

  for (const [serverId, plan] of Object.entries(PLANS)) {
    if (settings.only && !settings.only.includes(serverId)) continue;

    for (const phase of ['load', 'start-up'] as const) {
      const isMissed = checks.some(
        (check) => !check.isMet && check.serverId === serverId && check.phase === phase,
      );
      const hasTargets = checks.some(
        (check) => check.serverId === serverId && check.phase === phase,
      );
      if (!hasTargets || (settings.profile === 'missed' && !isMissed)) continue;

      log(`profiling ${serverId} and ${plan.baseline}: ${phase}`);
      if (phase === 'load') {
        profiles.push(await profileUnderLoad(targetOf(serverId), plan.endpointId, settings, okta));
        profiles.push(
          await profileUnderLoad(targetOf(plan.baseline), plan.baselineEndpointId, settings, okta),
        );
      } else {
        profiles.push(await profileStartup(targetOf(serverId), settings, okta));
        profiles.push(await profileStartup(targetOf(plan.baseline), settings, okta));
      }
    }
  }

  return profiles;
}
