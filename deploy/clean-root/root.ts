/**
 * A clean Debian root file system, the way a new user's machine starts: `debootstrap --variant=minbase`
 * from Debian's own packages, made once and kept as a tarball (~/.cache/wholesum/clean-root), then
 * unpacked fresh for every run and entered with `unshare` + `chroot` (own mount and PID namespaces,
 * the host's network, so a coordinator on the host's loopback is reachable). Needs root.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const SUITE = 'bookworm';
export const MIRROR = process.env.WHOLESUM_DEBIAN_MIRROR ?? 'http://deb.debian.org/debian';
const cacheDir = () => join(homedir(), '.cache', 'wholesum', 'clean-root');

function sh(cmd: string, args: string[], o: { quiet?: boolean } = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', o.quiet ? 'pipe' : 'inherit'], maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}… exited with ${r.status ?? r.signal}${o.quiet ? `: ${r.stderr}` : ''}`);
  return r.stdout;
}

/** The pristine minbase tarball, bootstrapped on first use (a few minutes, from the Debian mirror). */
export function pristine(log: (l: string) => void): string {
  const tar = join(cacheDir(), `${SUITE}-minbase.tar`);
  if (existsSync(tar)) return tar;
  if (process.getuid?.() !== 0) throw new Error('a clean root needs root (debootstrap, chroot): run as root');
  if (spawnSync('which', ['debootstrap']).status !== 0) {
    log('installing debootstrap…');
    sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['install', '-y', '-qq', 'debootstrap']);
  }
  const dir = join(cacheDir(), 'bootstrap');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`debootstrap --variant=minbase ${SUITE} from ${MIRROR}…`);
  sh('debootstrap', ['--variant=minbase', SUITE, dir, MIRROR], { quiet: true });
  sh('tar', ['-cf', `${tar}.tmp`, '-C', dir, '.']);
  sh('mv', [`${tar}.tmp`, tar]);
  rmSync(dir, { recursive: true, force: true });
  return tar;
}

/** A fresh copy of the pristine root at `dir` (anything there before is removed). */
export function freshRoot(dir: string, log: (l: string) => void): string {
  const tar = pristine(log);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  sh('tar', ['-xf', tar, '-C', dir]);
  // The host's resolver, so apt and npm inside reach their registries.
  sh('cp', ['/etc/resolv.conf', join(dir, 'etc', 'resolv.conf')]);
  return dir;
}

/** `[command, args]` that run `script` as root inside the root (see [`inRoot`]). */
export function rootCommand(dir: string, script: string, env: Record<string, string> = {}): [string, string[]] {
  const envs = Object.entries({ PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', LANG: 'C.UTF-8', ...env }).map(([k, v]) => `'${k}=${v}'`);
  const wrapper = [
    `mount -t proc proc ${dir}/proc`,
    `mount --rbind /dev ${dir}/dev`,
    `mount -t tmpfs tmpfs ${dir}/tmp`,
    `exec chroot ${dir} /usr/bin/env -i ${envs.join(' ')} /bin/sh -eu -c "$0"`,
  ].join(' && ');
  return ['unshare', ['--mount', '--pid', '--fork', '--mount-proc', '/bin/sh', '-c', wrapper, script]];
}

/**
 * Runs a shell script as root inside the root: /proc, /dev and a tmpfs /tmp are mounted in a private
 * mount namespace, so nothing leaks to the host and everything is gone when the script ends.
 * Returns the exit status; output goes to the caller's stdout/stderr unless `capture`.
 */
export function inRoot(dir: string, script: string, o: { env?: Record<string, string>; capture?: boolean } = {}): { status: number; stdout: string } {
  const [cmd, args] = rootCommand(dir, script, o.env);
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    stdio: ['ignore', o.capture ? 'pipe' : 'inherit', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  });
  return { status: r.status ?? 128, stdout: r.stdout ?? '' };
}
