/** `--idle-only`: is the machine busy with someone else's work? Measured over a short window. */
import { cpus } from 'node:os';

const snapshot = () => cpus().map((c) => c.times);

/** Fraction of CPU time spent busy over `windowMs`, all cores together (0..1). */
export async function cpuBusyFraction(windowMs = 1000): Promise<number> {
  const a = snapshot();
  await new Promise((r) => setTimeout(r, windowMs));
  const b = snapshot();
  let busy = 0;
  let total = 0;
  b.forEach((t, i) => {
    const p = a[i]!;
    const d = { user: t.user - p.user, nice: t.nice - p.nice, sys: t.sys - p.sys, idle: t.idle - p.idle, irq: t.irq - p.irq };
    busy += d.user + d.nice + d.sys + d.irq;
    total += d.user + d.nice + d.sys + d.irq + d.idle;
  });
  return total > 0 ? busy / total : 0;
}

/** Idle means under 25 % busy: room for a prover without slowing the owner down. */
export const IDLE_THRESHOLD = 0.25;
