/**
 * The system-package check (`deploy/system-packages.sh`) from TypeScript: run before anything slow,
 * so a missing package stops a command in its first second with the command that installs it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const systemPackagesScript = fileURLToPath(new URL('./system-packages.sh', import.meta.url));

export class MissingSystemPackagesError extends Error {
  readonly code = 'missing_system_packages';
  constructor() {
    super('system packages are missing (the command to install them is printed above)');
    this.name = 'MissingSystemPackagesError';
  }
}

/** Installs what is missing when allowed (root or passwordless sudo); throws when it cannot. */
export function ensureSystemPackages(): void {
  const r = spawnSync('bash', [systemPackagesScript], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new MissingSystemPackagesError();
}
