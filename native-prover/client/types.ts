/** JSON shapes printed by `wholesum-prover` (see native-prover/README.md). Hex strings are lowercase. */

export interface ExitCodeJson {
  kind: 'Halted' | 'Paused' | 'SystemSplit' | 'SessionLimit';
  user: number;
}

export interface SegmentEvent {
  event: 'segment';
  index: number;
  file: string;
  po2: number;
  cycles: number;
  user_cycles: number;
  paging_cycles: number;
  bytes: number;
  sha256: string;
  /** The claim digest this segment's receipt (proved or lifted) must carry. */
  claim_digest: string;
  pre_state: string;
  post_state: string;
  exit_code: ExitCodeJson;
}

export interface SessionEvent {
  event: 'session';
  image_id: string;
  journal: string;
  exit_code: ExitCodeJson;
  claim_digest: string;
  segments: number;
  po2: number;
  total_cycles: number;
  user_cycles: number;
  paging_cycles: number;
  reserved_cycles: number;
  seconds: number;
}

export interface ClaimInfo {
  claim_digest: string;
  pre_state?: string;
  post_state?: string;
  exit_code?: ExitCodeJson;
}

export interface ReceiptOutput extends ClaimInfo {
  kind: 'segment' | 'succinct' | 'receipt';
  out: string;
  bytes: number;
  sha256: string;
  peak_rss_bytes?: number;
  prove_seconds?: number;
  lift_seconds?: number;
  join_seconds?: number;
  po2?: number;
  index?: number;
}

export interface FinalReceiptOutput {
  kind: 'receipt';
  out: string;
  bytes: number;
  sha256: string;
  image_id: string;
  journal: string;
  claim_digest: string;
  verified: true;
}

export interface VerifyOutput extends ClaimInfo {
  verified: true;
  kind: 'segment' | 'succinct' | 'receipt';
  journal?: string;
  /** Final receipts: the kind of seal inside. */
  inner?: 'composite' | 'succinct' | 'groth16' | 'fake' | 'other';
}

export interface CalibrationOutput {
  po2: number;
  cycles: number;
  prove_seconds: number;
  khz: number;
  prove_peak_rss_bytes: number;
  peak_rss_bytes: number;
  lift_seconds?: number;
  threads: number;
  prover_version: string;
}

export interface LocalProveOutput {
  kind: 'receipt';
  out: string;
  bytes: number;
  image_id: string;
  journal: string;
  seconds: number;
  po2: number;
  segments: number;
  total_cycles: number;
  user_cycles: number;
  peak_rss_bytes: number;
  verified: true;
}
