import { proverBin } from './paths.js';
import { runJson, type RunOptions } from './spawn.js';
import type { CalibrationOutput, FinalReceiptOutput, LocalProveOutput, ReceiptOutput, SegmentEvent, SessionEvent, VerifyOutput } from './types.js';

type Common = Pick<RunOptions, 'signal' | 'onLog' | 'nice' | 'env' | 'onSpawn' | 'detached'>;

async function call<T>(args: string[], opts: Common = {}): Promise<T> {
  const { result } = await runJson(proverBin(), args, opts);
  return result as unknown as T;
}

const opt = (flag: string, value: string | number | undefined): string[] => (value === undefined ? [] : [flag, String(value)]);

export function version(): Promise<{ version: string; min_po2: number; max_po2: number; groth16: boolean }> {
  return call(['version']);
}

/** `writeR0bf`: also write the program binary (a plain ELF wrapped with the pinned kernel). */
export function imageId(guest: string, writeR0bf?: string): Promise<{ image_id: string; format: 'r0bf' | 'elf'; bytes: number }> {
  return call(['image-id', '--guest', guest, ...opt('--write-r0bf', writeR0bf)]);
}

export interface ExecuteArgs extends Common {
  guest: string;
  input: string;
  outDir: string;
  po2: number;
  cycleLimit?: number;
  maxInflation?: number;
  /** Called for each segment while execution continues, so proving can start at once. */
  onSegment?: (segment: SegmentEvent) => void;
}

export async function execute(a: ExecuteArgs): Promise<SessionEvent> {
  const args = ['execute', '--guest', a.guest, '--input', a.input, '--out-dir', a.outDir, '--po2', String(a.po2)];
  args.push(...opt('--cycle-limit', a.cycleLimit), ...opt('--max-inflation', a.maxInflation));
  const { result } = await runJson(proverBin(), args, {
    ...a,
    onEvent: (e) => {
      if (e.event === 'segment') a.onSegment?.(e as unknown as SegmentEvent);
    },
  });
  return result as unknown as SessionEvent;
}

export interface ProveArgs extends Common {
  segment: string;
  out: string;
  lift?: boolean;
  claim?: string;
  maxPo2?: number;
}

export function prove(a: ProveArgs): Promise<ReceiptOutput> {
  const args = ['prove', '--segment', a.segment, '--out', a.out, ...opt('--claim', a.claim), ...opt('--max-po2', a.maxPo2)];
  if (a.lift) args.push('--lift');
  return call(args, a);
}

export function lift(a: Common & { receipt: string; out: string; claim?: string }): Promise<ReceiptOutput> {
  return call(['lift', '--receipt', a.receipt, '--out', a.out, ...opt('--claim', a.claim)], a);
}

export function join(a: Common & { left: string; right: string; out: string }): Promise<ReceiptOutput> {
  return call(['join', '--left', a.left, '--right', a.right, '--out', a.out], a);
}

/** `left`/`right`: check a join receipt against the claim joining those two children must give. */
export function verify(a: Common & { receipt: string; claim?: string; imageId?: string; left?: string; right?: string }): Promise<VerifyOutput> {
  const args = ['verify', '--receipt', a.receipt, ...opt('--claim', a.claim), ...opt('--image-id', a.imageId)];
  return call([...args, ...opt('--left', a.left), ...opt('--right', a.right)], a);
}

export function finalize(a: Common & { root: string; imageId: string; out: string; journal?: string }): Promise<FinalReceiptOutput> {
  return call(['finalize', '--root', a.root, '--image-id', a.imageId, '--out', a.out, ...opt('--journal', a.journal)], a);
}

export function groth16(a: Common & { receipt: string; imageId: string; out: string }): Promise<FinalReceiptOutput> {
  return call(['groth16', '--receipt', a.receipt, '--image-id', a.imageId, '--out', a.out], a);
}

export function groth16Available(): Promise<{ available: boolean; reason: string | null }> {
  return call(['groth16-available']);
}

export function calibrate(a: Common & { po2: number; lift?: boolean }): Promise<CalibrationOutput> {
  return call(['calibrate', '--po2', String(a.po2), ...(a.lift ? ['--lift'] : [])], a);
}

export function proveLocal(a: Common & { guest: string; input: string; out: string; po2?: number; cycleLimit?: number }): Promise<LocalProveOutput> {
  const args = ['prove-local', '--guest', a.guest, '--input', a.input, '--out', a.out];
  return call([...args, ...opt('--po2', a.po2), ...opt('--cycle-limit', a.cycleLimit)], a);
}
