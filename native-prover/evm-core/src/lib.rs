//! The `evm-batch` state transition, as an L2 sequencer proves it: a batch of signed Ethereum
//! transactions (legacy EIP-155: ETH transfers and ERC-20 `transfer` calls) whose senders are
//! recovered from their signatures, executed by `revm` against a pre-state given in the input.
//! The result is the pre- and post-state roots (Ethereum's Merkle-Patricia state trie), the batch
//! hash and the gas used. The guest and the native input generator run this same code.
//!
//! Input: one RLP item, [`BatchInput`]. Journal (112 bytes): pre-state root ‖ post-state root ‖
//! batch hash (keccak256 of the RLP list of the raw transactions) ‖ tx count (u64 LE) ‖ gas used
//! (u64 LE).
use std::collections::BTreeMap;

use alloy_rlp::{Decodable, RlpDecodable, RlpEncodable};
use alloy_trie::{root::state_root_unhashed, root::storage_root_unhashed, TrieAccount, EMPTY_ROOT_HASH};
use k256::ecdsa::{RecoveryId, Signature, VerifyingKey};
use revm::context::{Context, TxEnv};
use revm::database::InMemoryDB;
use revm::primitives::{keccak256, Address, Bytes, TxKind, B256, KECCAK_EMPTY, U256};
use revm::state::{AccountInfo, Bytecode};
use revm::{ExecuteCommitEvm, MainBuilder, MainContext};

pub mod erc20;
pub mod sample;

/// Transactions in one batch at most: a bound on the work one input can ask for.
pub const MAX_TXS: usize = 1 << 14;
pub const JOURNAL_BYTES: usize = 32 * 3 + 8 + 8;

#[derive(Clone, Debug, PartialEq, Eq, RlpEncodable, RlpDecodable)]
pub struct StorageSlot {
    pub key: U256,
    pub value: U256,
}

#[derive(Clone, Debug, PartialEq, Eq, RlpEncodable, RlpDecodable)]
pub struct GenesisAccount {
    pub address: Address,
    pub balance: U256,
    pub nonce: u64,
    pub code: Bytes,
    pub storage: Vec<StorageSlot>,
}

#[derive(Clone, Debug, PartialEq, Eq, RlpEncodable, RlpDecodable)]
pub struct BatchInput {
    pub chain_id: u64,
    pub block_number: u64,
    pub timestamp: u64,
    pub coinbase: Address,
    pub base_fee: u64,
    pub block_gas_limit: u64,
    pub accounts: Vec<GenesisAccount>,
    /// Raw signed transactions: rlp([nonce, gasPrice, gas, to, value, data, v, r, s]).
    pub txs: Vec<Bytes>,
}

/// A legacy transaction's fields, in RLP order.
#[derive(Clone, Debug, PartialEq, Eq, RlpEncodable, RlpDecodable)]
pub struct LegacyTx {
    pub nonce: u64,
    pub gas_price: u128,
    pub gas_limit: u64,
    pub to: Address,
    pub value: U256,
    pub data: Bytes,
}

#[derive(Clone, Debug, PartialEq, Eq, RlpEncodable, RlpDecodable)]
struct SignedLegacyTx {
    nonce: u64,
    gas_price: u128,
    gas_limit: u64,
    to: Address,
    value: U256,
    data: Bytes,
    v: u64,
    r: U256,
    s: U256,
}

/// What EIP-155 signs: the fields, then chain id, 0, 0.
#[derive(RlpEncodable)]
struct Eip155Payload<'a> {
    nonce: u64,
    gas_price: u128,
    gas_limit: u64,
    to: &'a Address,
    value: &'a U256,
    data: &'a Bytes,
    chain_id: u64,
    zero_r: u8,
    zero_s: u8,
}

impl LegacyTx {
    pub fn signing_hash(&self, chain_id: u64) -> B256 {
        let p = Eip155Payload {
            nonce: self.nonce,
            gas_price: self.gas_price,
            gas_limit: self.gas_limit,
            to: &self.to,
            value: &self.value,
            data: &self.data,
            chain_id,
            zero_r: 0,
            zero_s: 0,
        };
        keccak256(alloy_rlp::encode(&p))
    }

    /// The raw signed transaction, signed by `key` (the input generator's side).
    pub fn sign(&self, chain_id: u64, key: &k256::ecdsa::SigningKey) -> Bytes {
        let (sig, recid) =
            key.sign_prehash_recoverable(self.signing_hash(chain_id).as_slice()).expect("signing a 32-byte hash");
        // EIP-2: only low-s signatures are valid.
        let (sig, recid) = match sig.normalize_s() {
            Some(low) => (low, RecoveryId::new(!recid.is_y_odd(), recid.is_x_reduced())),
            None => (sig, recid),
        };
        let (r, s) = sig.split_bytes();
        let signed = SignedLegacyTx {
            nonce: self.nonce,
            gas_price: self.gas_price,
            gas_limit: self.gas_limit,
            to: self.to,
            value: self.value,
            data: self.data.clone(),
            v: recid.to_byte() as u64 + eip155_base(chain_id).expect("a chain id small enough for EIP-155"),
            r: U256::from_be_slice(&r),
            s: U256::from_be_slice(&s),
        };
        alloy_rlp::encode(&signed).into()
    }
}

/// v − parity under EIP-155: 35 + 2 · chain id (None when that overflows).
fn eip155_base(chain_id: u64) -> Option<u64> {
    chain_id.checked_mul(2)?.checked_add(35)
}

/// The Ethereum address of a secp256k1 public key.
pub fn address_of(key: &VerifyingKey) -> Address {
    let point = key.to_encoded_point(false);
    Address::from_slice(&keccak256(&point.as_bytes()[1..])[12..])
}

#[derive(Debug)]
pub enum BatchError {
    Decode(String),
    TooLarge(usize),
    BadTx { index: usize, reason: String },
    Failed { index: usize, reason: String },
}

impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BatchError::Decode(e) => write!(f, "the input is not an evm-batch input: {e}"),
            BatchError::TooLarge(n) => write!(f, "{n} transactions is over the limit of {MAX_TXS}"),
            BatchError::BadTx { index, reason } => write!(f, "transaction {index} is invalid: {reason}"),
            BatchError::Failed { index, reason } => write!(f, "transaction {index} did not succeed: {reason}"),
        }
    }
}

/// Decodes and checks a raw transaction, recovering its sender.
pub fn recover(raw: &[u8], chain_id: u64) -> Result<(Address, LegacyTx), String> {
    let mut buf = raw;
    let s = SignedLegacyTx::decode(&mut buf).map_err(|e| format!("not an RLP legacy transaction: {e}"))?;
    if !buf.is_empty() {
        return Err("trailing bytes after the transaction".into());
    }
    let base = eip155_base(chain_id).ok_or_else(|| format!("chain id {chain_id} is too large for EIP-155"))?;
    let parity =
        s.v.checked_sub(base)
            .filter(|p| *p <= 1)
            .ok_or_else(|| format!("v = {} is not an EIP-155 value for chain {chain_id}", s.v))?;
    let tx = LegacyTx {
        nonce: s.nonce,
        gas_price: s.gas_price,
        gas_limit: s.gas_limit,
        to: s.to,
        value: s.value,
        data: s.data,
    };
    let sig = Signature::from_scalars(s.r.to_be_bytes::<32>(), s.s.to_be_bytes::<32>())
        .map_err(|_| "r or s is out of range".to_string())?;
    if sig.normalize_s().is_some() {
        return Err("high-s signature (EIP-2)".into());
    }
    let recid = RecoveryId::from_byte(parity as u8).expect("parity is 0 or 1");
    let key = VerifyingKey::recover_from_prehash(tx.signing_hash(chain_id).as_slice(), &sig, recid)
        .map_err(|_| "the signature recovers no key".to_string())?;
    Ok((address_of(&key), tx))
}

fn is_empty(info: &AccountInfo, storage: &BTreeMap<U256, U256>) -> bool {
    info.is_empty() && storage.values().all(|v| v.is_zero())
}

/// The state trie root of a set of accounts.
fn state_root(accounts: &BTreeMap<Address, (AccountInfo, BTreeMap<U256, U256>)>) -> B256 {
    state_root_unhashed(accounts.iter().map(|(addr, (info, storage))| {
        let nonzero: Vec<_> = storage.iter().filter(|(_, v)| !v.is_zero()).map(|(k, v)| (B256::from(*k), *v)).collect();
        let storage_root = if nonzero.is_empty() { EMPTY_ROOT_HASH } else { storage_root_unhashed(nonzero) };
        (*addr, TrieAccount { nonce: info.nonce, balance: info.balance, storage_root, code_hash: info.code_hash })
    }))
}

pub struct BatchOutcome {
    pub pre_root: B256,
    pub post_root: B256,
    pub batch_hash: B256,
    pub tx_count: u64,
    pub gas_used: u64,
}

impl BatchOutcome {
    pub fn journal(&self) -> Vec<u8> {
        let mut j = Vec::with_capacity(JOURNAL_BYTES);
        j.extend_from_slice(self.pre_root.as_slice());
        j.extend_from_slice(self.post_root.as_slice());
        j.extend_from_slice(self.batch_hash.as_slice());
        j.extend_from_slice(&self.tx_count.to_le_bytes());
        j.extend_from_slice(&self.gas_used.to_le_bytes());
        j
    }
}

pub fn decode_input(bytes: &[u8]) -> Result<BatchInput, BatchError> {
    let mut buf = bytes;
    let input = BatchInput::decode(&mut buf).map_err(|e| BatchError::Decode(e.to_string()))?;
    if !buf.is_empty() {
        return Err(BatchError::Decode("trailing bytes".into()));
    }
    if input.txs.len() > MAX_TXS {
        return Err(BatchError::TooLarge(input.txs.len()));
    }
    Ok(input)
}

pub fn encode_input(input: &BatchInput) -> Vec<u8> {
    alloy_rlp::encode(input)
}

/// Executes the batch. Any transaction that is invalid or does not succeed fails the whole batch:
/// a sequencer would not have included it.
pub fn apply(input: &BatchInput) -> Result<BatchOutcome, BatchError> {
    let mut db = InMemoryDB::default();
    let mut pre = BTreeMap::new();
    for a in &input.accounts {
        let code_hash = if a.code.is_empty() { KECCAK_EMPTY } else { keccak256(&a.code) };
        let mut info = AccountInfo { balance: a.balance, nonce: a.nonce, code_hash, ..Default::default() };
        if !a.code.is_empty() {
            info = info.with_code(Bytecode::new_raw(a.code.clone()));
        }
        db.insert_account_info(a.address, info.clone());
        let mut storage = BTreeMap::new();
        for s in &a.storage {
            db.insert_account_storage(a.address, s.key, s.value).expect("an in-memory account exists");
            storage.insert(s.key, s.value);
        }
        pre.insert(a.address, (info, storage));
    }
    // EIP-161: an empty account is not in the state, before the batch as after it.
    pre.retain(|_, (info, storage)| !is_empty(info, storage));
    let pre_root = state_root(&pre);

    let mut evm = Context::mainnet()
        .with_db(db)
        .modify_cfg_chained(|c| c.chain_id = input.chain_id)
        .modify_block_chained(|b| {
            b.number = U256::from(input.block_number);
            b.timestamp = U256::from(input.timestamp);
            b.beneficiary = input.coinbase;
            b.basefee = input.base_fee;
            b.gas_limit = input.block_gas_limit;
            b.prevrandao = Some(B256::ZERO);
        })
        .build_mainnet();
    let mut gas_used = 0u64;
    for (index, raw) in input.txs.iter().enumerate() {
        let (sender, tx) = recover(raw, input.chain_id).map_err(|reason| BatchError::BadTx { index, reason })?;
        if gas_used.saturating_add(tx.gas_limit) > input.block_gas_limit {
            return Err(BatchError::BadTx {
                index,
                reason: format!(
                    "its gas limit {} does not fit in the block ({} of {} used)",
                    tx.gas_limit, gas_used, input.block_gas_limit
                ),
            });
        }
        let env = TxEnv::builder()
            .caller(sender)
            .nonce(tx.nonce)
            .gas_price(tx.gas_price)
            .gas_limit(tx.gas_limit)
            .kind(TxKind::Call(tx.to))
            .value(tx.value)
            .data(tx.data.clone())
            .chain_id(Some(input.chain_id))
            .build()
            .map_err(|e| BatchError::BadTx { index, reason: format!("{e:?}") })?;
        let result = evm.transact_commit(env).map_err(|e| BatchError::BadTx { index, reason: e.to_string() })?;
        if !result.is_success() {
            return Err(BatchError::Failed { index, reason: format!("{result:?}") });
        }
        gas_used += result.tx_gas_used();
    }

    // The post-state: every account the batch touched, over the pre-state.
    let mut post = pre;
    for (addr, acc) in &evm.ctx.journaled_state.database.cache.accounts {
        let entry = post.entry(*addr).or_insert_with(|| (AccountInfo::default(), BTreeMap::new()));
        entry.0 = acc.info.clone();
        for (k, v) in &acc.storage {
            entry.1.insert(*k, *v);
        }
    }
    // EIP-161: an account left empty by the batch is not in the state.
    post.retain(|_, (info, storage)| !is_empty(info, storage));
    let post_root = state_root(&post);
    let batch_hash = keccak256(alloy_rlp::encode(&input.txs));
    Ok(BatchOutcome { pre_root, post_root, batch_hash, tx_count: input.txs.len() as u64, gas_used })
}
