/**
 * A worker's standing as the API shows it (`GET /v1/workers` and the dashboard feed): what its
 * verified and refused results earned it. One shape, so the two views cannot drift apart.
 */
import { Pool, type LiveWorker } from '../pool.js';

export function standing(w: LiveWorker) {
  return {
    accepted: w.record.accepted,
    rejected: w.record.rejected,
    failed: w.record.failed,
    reputation: Number(Pool.reputation(w.record).toFixed(3)),
    banned: w.record.banned,
    ban_reason: w.record.banReason ?? null,
    refused: w.refused ?? null,
  };
}
