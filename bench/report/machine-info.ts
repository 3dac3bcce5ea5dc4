import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';

function packageVersion(name: string): string {
  try {
    const file = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function osName(): string {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return osRelease.match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1] ?? 'Linux';
  } catch {
    return process.platform;
  }
}

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
    const changes = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
    return `${commit.trim()}${changes.trim() ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Rows naming the machine, the operating system and every version that shapes the figures. */
export function describeMachine(): [string, string][] {
  const cores = cpus();

  return [
    ['CPU', `${cores[0]?.model.trim() ?? 'unknown'}, ${cores.length} cores`],
    ['memory', `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`],
    ['OS', `${osName()}, kernel ${release()}`],
    ['Node.js', process.version],
    ['autocannon', packageVersion('autocannon')],
    ['@stoplight/prism-cli', packageVersion('@stoplight/prism-cli')],
    ['msw', packageVersion('msw')],
    ['express', packageVersion('express')],
    ['pino', packageVersion('pino')],
    ['jose', packageVersion('jose')],
    ['commit', gitCommit()],
  ];
}
