import { execFile } from 'node:child_process';

import { inputBin, receiptCheckBin } from './paths.js';
import { runJson } from './spawn.js';

/** What `wholesum-input` prints: the journal the guest must commit for that input. */
export interface InputReport {
  guest: string;
  journal?: string;
  valid?: boolean;
  reason?: string;
  old_root?: string;
  new_root?: string;
  batch_hash?: string;
  pre_root?: string;
  post_root?: string;
  gas_used?: number;
  [key: string]: unknown;
}

export async function shaChain(n: number, out: string): Promise<InputReport> {
  const { result } = await runJson(inputBin(), ['sha-chain', '--n', String(n), '--out', out]);
  return result as InputReport;
}

export async function rollupBatch(o: { accounts: number; transfers: number; seed: number; out: string; badSignature?: number }): Promise<InputReport> {
  const args = ['rollup-batch', '--accounts', String(o.accounts), '--transfers', String(o.transfers), '--seed', String(o.seed), '--out', o.out];
  if (o.badSignature !== undefined) args.push('--bad-signature', String(o.badSignature));
  const { result } = await runJson(inputBin(), args);
  return result as InputReport;
}

/** An evm-batch input: `eth` ETH and `erc20` token transfers among `accounts` funded accounts. */
export async function evmBatch(o: { accounts: number; eth: number; erc20: number; seed: number; out: string }): Promise<InputReport> {
  const args = ['evm-batch', '--accounts', String(o.accounts), '--eth', String(o.eth), '--erc20', String(o.erc20), '--seed', String(o.seed), '--out', o.out];
  const { result } = await runJson(inputBin(), args);
  return result as InputReport;
}

/**
 * Verify a receipt with `receipt-check`, a plain RISC Zero host program containing no Wholesum
 * code. Resolves to the journal hex; rejects with the verifier's reason.
 */
export async function verifyWithStockRiscZero(receipt: string, imageId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(receiptCheckBin(), [receipt, imageId], (err, stdout, stderr) => {
      if (err) reject(new Error(`receipt-check: ${stderr.trim() || err.message}`));
      else resolve(stdout.trim());
    });
  });
}
