/**
 * Worker tokens for private pools: a worker proves it holds a token the operator gave it without
 * sending the token. The proof is HMAC-SHA256(token, context ‖ coordinator id ‖ worker id); Noise
 * already authenticates both peer ids, so a proof seen by anyone is useless to any other peer or
 * against any other coordinator.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const CONTEXT = 'wholesum-worker-token/1';

export function tokenProof(token: string, coordinator: string, worker: string): Uint8Array {
  return createHmac('sha256', token).update(`${CONTEXT}\n${coordinator}\n${worker}`).digest();
}

/** Whether the proof was made with one of these tokens for this coordinator and this worker. */
export function checkTokenProof(tokens: readonly string[], coordinator: string, worker: string, proof: Uint8Array | undefined | null): boolean {
  if (proof?.length !== 32) return false;
  return tokens.some((t) => timingSafeEqual(tokenProof(t, coordinator, worker), proof));
}
