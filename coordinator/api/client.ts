/**
 * A small client for the coordinator's API, speaking the same Bonsai routes a RISC Zero host does
 * (plus the native job detail). Used by the demo, bench/ and tests; any Bonsai client works too.
 */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly body: { code?: string; message?: string; error?: string },
  ) {
    super(`HTTP ${status}: ${body.code ?? ''} ${body.message ?? body.error ?? ''}`.trim());
    this.name = 'ApiClientError';
  }
}

export interface SessionStatus {
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  receipt_url: string | null;
  error_msg: string | null;
  state: string | null;
  elapsed_time: number | null;
  stats: { segments: number; total_cycles: number; cycles: number } | null;
}

export class ApiClient {
  constructor(
    readonly url: string,
    readonly apiKey: string,
  ) {}

  async raw(method: string, path: string, body?: Uint8Array | string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(path.startsWith('http') ? path : `${this.url}${path}`, {
      method,
      body: body as BodyInit | undefined,
      headers: { 'x-api-key': this.apiKey, 'x-risc0-version': '3.1.0-rc.1', ...headers },
    });
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.raw(method, path, body === undefined ? undefined : JSON.stringify(body), body === undefined ? {} : { 'content-type': 'application/json' });
    if (!res.ok) throw new ApiClientError(res.status, (await res.json().catch(() => ({}))) as object);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }

  /** Upload a guest (ELF or R0BF) under its image id; false when it was already there. */
  async uploadImage(imageId: string, bytes: Uint8Array): Promise<boolean> {
    const r = await this.call<{ url: string } | undefined>('GET', `/images/upload/${imageId}`);
    if (!r) return false;
    await this.put(r.url, bytes);
    return true;
  }

  async uploadInput(bytes: Uint8Array): Promise<string> {
    const r = await this.call<{ url: string; uuid: string }>('GET', '/inputs/upload');
    await this.put(r.url, bytes);
    return r.uuid;
  }

  private async put(url: string, bytes: Uint8Array): Promise<void> {
    const res = await this.raw('PUT', url, bytes);
    if (!res.ok) throw new ApiClientError(res.status, (await res.json().catch(() => ({}))) as object);
  }

  async createSession(img: string, input: string, o: { executeOnly?: boolean; cycleLimit?: number } = {}): Promise<string> {
    const r = await this.call<{ uuid: string }>('POST', '/sessions/create', { img, input, assumptions: [], execute_only: o.executeOnly ?? false, exec_cycle_limit: o.cycleLimit ?? null });
    return r.uuid;
  }

  status(id: string): Promise<SessionStatus> {
    return this.call('GET', `/sessions/status/${id}`);
  }

  /** Bonsai's quotas: this key's limits and usage. */
  quotas(): Promise<Quotas> {
    return this.call('GET', '/user/quotas');
  }

  job(id: string): Promise<JobDetail> {
    return this.call('GET', `/v1/jobs/${id}`);
  }

  workers(): Promise<WorkerInfo[]> {
    return this.call('GET', '/v1/workers');
  }

  async createSnark(sessionId: string): Promise<string> {
    return (await this.call<{ uuid: string }>('POST', '/snark/create', { session_id: sessionId })).uuid;
  }

  snarkStatus(id: string): Promise<{ status: SessionStatus['status']; output: string | null; error_msg: string | null }> {
    return this.call('GET', `/snark/status/${id}`);
  }

  stop(id: string): Promise<void> {
    return this.call('GET', `/sessions/stop/${id}`);
  }

  async logs(id: string): Promise<string> {
    return (await this.raw('GET', `/sessions/logs/${id}`)).text();
  }

  async download(url: string): Promise<Buffer> {
    const res = await this.raw('GET', url);
    if (!res.ok) throw new ApiClientError(res.status, (await res.json().catch(() => ({}))) as object);
    return Buffer.from(await res.arrayBuffer());
  }

  /** Poll until the session leaves RUNNING. */
  async wait(id: string, o: { pollMs?: number; timeoutMs?: number; onStatus?: (s: SessionStatus) => void } = {}): Promise<SessionStatus> {
    const deadline = Date.now() + (o.timeoutMs ?? 24 * 3600_000);
    for (;;) {
      const s = await this.status(id);
      o.onStatus?.(s);
      if (s.status !== 'RUNNING') return s;
      if (Date.now() > deadline) throw new Error(`session ${id} still running after ${o.timeoutMs} ms (${s.state})`);
      await new Promise((r) => setTimeout(r, o.pollMs ?? 1000));
    }
  }
}

export interface Quotas {
  /** Millions of cycles. */
  exec_cycle_limit: number;
  concurrent_proofs: number;
  cycle_budget: number;
  cycle_usage: number;
  dedicated_executor: number;
  dedicated_gpu: number;
}

export interface JobDetail {
  id: string;
  status: string;
  state: string;
  error: string | null;
  image_id: string;
  po2: number | null;
  segments: number | null;
  journal: string | null;
  total_cycles: number | null;
  user_cycles: number | null;
  stage_seconds: Record<string, number | null>;
  /** Unix ms when each stage began. */
  stage_started_ms: Record<string, number | undefined>;
  finished_ms: number | null;
  eta_seconds: number | null;
  tasks: JobTask[];
}

export interface JobTask {
  id: string;
  kind: string;
  span: [number, number];
  level: number;
  state: string;
  leased_to: string | null;
  /** A second copy of a straggler's task runs here. */
  hedged_to: string | null;
  worker: string | null;
  attempts: number;
  seconds: number | null;
  created_ms: number | null;
  started_ms: number | null;
  done_ms: number | null;
  verify_seconds: number | null;
  worker_seconds: { fetch: number; prove: number; lift: number; join: number; total: number } | null;
  /** Leases handed out (hedges among them) and receipts that came after another was accepted. */
  leases: number;
  hedges: number;
  late_results: number;
  /** Workers that do not get this task again (a refused result, or repeated failures), and failures by worker. */
  excluded: string[];
  failures: Record<string, number>;
  /** The task's input blobs and its verified receipt (sha256, content addressed). */
  inputs: { role: string; sha256: string; size: number }[];
  output_sha256: string | null;
}

export interface WorkerInfo {
  peer: string;
  live: boolean;
  max_po2: number;
  accepted: number;
  rejected: number;
  failed: number;
  reputation: number;
  banned: boolean;
  ban_reason: string | null;
  /** Why it gets no work (reputation below --min-reputation), or null. */
  refused: string | null;
}
