/**
 * What this worker has contributed, as the coordinators it served judged it: results they verified
 * and accepted, results they refused (with the last reason), and the segment cycles behind the
 * accepted proofs. It is the operator's first question ("is my machine doing anything useful?"),
 * so it survives restarts in `<data-dir>/ledger.json`.
 *
 * Only a coordinator's ack counts: a result this worker computed but the coordinator refused (a lost
 * hedge race, a stale lease, a receipt that did not verify) is not contributed work.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LedgerTotals {
  /** Accepted results per task kind (prove_lift, join, groth16, ...). */
  accepted: Record<string, number>;
  /** Refused results per task kind, and the latest refusal's reason. */
  refused: Record<string, number>;
  lastRefusal?: string;
  /** 2^po2 per accepted segment proof: an upper bound on the guest cycles proved here. */
  segmentCycles: number;
  /** Seconds spent on accepted results (lease to result). */
  seconds: number;
  since: string;
}

const empty = (): LedgerTotals => ({ accepted: {}, refused: {}, segmentCycles: 0, seconds: 0, since: new Date().toISOString() });

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** 1234567 → "1.2 M". */
export function shortCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(0)} k`;
  return String(n);
}

export class Ledger {
  readonly totals: LedgerTotals;
  private readonly file?: string;

  /** `dataDir` undefined keeps it in memory (tests, throwaway workers). */
  constructor(dataDir?: string) {
    this.file = dataDir ? join(dataDir, 'ledger.json') : undefined;
    this.totals = this.file ? load(this.file) : empty();
  }

  record(kind: string, po2: number, accepted: boolean, seconds: number, reason: string): void {
    const t = this.totals;
    if (accepted) {
      t.accepted[kind] = (t.accepted[kind] ?? 0) + 1;
      if (kind === 'prove_lift') t.segmentCycles += 2 ** po2;
      t.seconds += seconds;
    } else {
      t.refused[kind] = (t.refused[kind] ?? 0) + 1;
      t.lastRefusal = reason.slice(0, 200);
    }
    this.save();
  }

  /** One short phrase for the status line: "12 accepted (1.0 M cycles) · 1 refused". */
  summary(): string {
    const t = this.totals;
    const refused = sum(t.refused);
    return `${sum(t.accepted)} accepted (${shortCount(t.segmentCycles)} cycles)${refused ? ` · ${refused} refused` : ''}`;
  }

  private save(): void {
    if (!this.file) return;
    // Write-then-rename: a crash mid-write keeps the previous totals, never a torn file.
    const tmp = `${this.file}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(this.totals));
      renameSync(tmp, this.file);
    } catch {
      // A full or read-only disk must not stop proving; the totals stay in memory.
    }
  }
}

function load(file: string): LedgerTotals {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<LedgerTotals>;
    const counts = (r: unknown) => Object.fromEntries(Object.entries(typeof r === 'object' && r ? r : {}).filter(([, v]) => Number.isSafeInteger(v) && (v as number) >= 0)) as Record<string, number>;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
    return {
      accepted: counts(raw.accepted),
      refused: counts(raw.refused),
      lastRefusal: typeof raw.lastRefusal === 'string' ? raw.lastRefusal : undefined,
      segmentCycles: num(raw.segmentCycles),
      seconds: num(raw.seconds),
      since: typeof raw.since === 'string' ? raw.since : new Date().toISOString(),
    };
  } catch {
    return empty();
  }
}
