//! Deterministic sample batches (the input generator's and the tests'): `accounts` funded externally
//! owned accounts holding ETH and tokens of one ERC-20 contract, then `eth` ETH transfers and
//! `erc20` token transfers between them, signed in a seeded order. A (seed, sizes) tuple always
//! names the same batch.
use k256::ecdsa::SigningKey;
use revm::primitives::{keccak256, Address, Bytes, U256};

use crate::{address_of, erc20, BatchInput, GenesisAccount, LegacyTx, StorageSlot};

pub const CHAIN_ID: u64 = 1_337;
pub const GAS_PRICE: u128 = 1_000_000_000;
pub const BASE_FEE: u64 = 1_000_000_000;
pub const TOKEN: Address = Address::new([0x70; 20]);
pub const COINBASE: Address = Address::new([0xc0; 20]);

fn derive(seed: u64, label: &str, i: u64) -> [u8; 32] {
    let mut b = Vec::new();
    b.extend_from_slice(&seed.to_le_bytes());
    b.extend_from_slice(label.as_bytes());
    b.extend_from_slice(&i.to_le_bytes());
    keccak256(b).0
}

pub fn key(seed: u64, i: u64) -> SigningKey {
    // A keccak output is a valid secp256k1 scalar except with negligible probability; step on if not.
    (0..).find_map(|k| SigningKey::from_bytes(&derive(seed, "key", i * 1000 + k).into()).ok()).expect("a valid key")
}

pub fn batch(accounts: usize, eth: usize, erc20_transfers: usize, seed: u64) -> BatchInput {
    let keys: Vec<SigningKey> = (0..accounts as u64).map(|i| key(seed, i)).collect();
    let addrs: Vec<Address> = keys.iter().map(|k| address_of(k.verifying_key())).collect();
    let mut genesis: Vec<GenesisAccount> = addrs
        .iter()
        .map(|a| GenesisAccount {
            address: *a,
            balance: U256::from(10u128.pow(21)),
            nonce: 0,
            code: Bytes::new(),
            storage: vec![],
        })
        .collect();
    genesis.push(GenesisAccount {
        address: TOKEN,
        balance: U256::ZERO,
        nonce: 1,
        code: Bytes::from_static(erc20::RUNTIME),
        storage: addrs.iter().map(|a| StorageSlot { key: erc20::slot(*a), value: U256::from(1_000_000u64) }).collect(),
    });
    let mut nonces = vec![0u64; accounts];
    let mut txs = Vec::with_capacity(eth + erc20_transfers);
    for i in 0..(eth + erc20_transfers) as u64 {
        let r = derive(seed, "tx", i);
        let from = (u32::from_le_bytes(r[0..4].try_into().unwrap()) as usize) % accounts;
        let mut to = (u32::from_le_bytes(r[4..8].try_into().unwrap()) as usize) % accounts;
        if to == from {
            to = (to + 1) % accounts;
        }
        let amount = U256::from(1 + u64::from_le_bytes(r[8..16].try_into().unwrap()) % 1000);
        // The ETH transfers come first, then the token transfers.
        let is_token = (i as usize) >= eth;
        let tx = if is_token {
            LegacyTx {
                nonce: nonces[from],
                gas_price: GAS_PRICE,
                gas_limit: 100_000,
                to: TOKEN,
                value: U256::ZERO,
                data: erc20::calldata(addrs[to], amount),
            }
        } else {
            LegacyTx {
                nonce: nonces[from],
                gas_price: GAS_PRICE,
                gas_limit: 21_000,
                to: addrs[to],
                value: amount,
                data: Bytes::new(),
            }
        };
        nonces[from] += 1;
        txs.push(tx.sign(CHAIN_ID, &keys[from]));
    }
    BatchInput {
        chain_id: CHAIN_ID,
        block_number: 1,
        timestamp: 1_700_000_000,
        coinbase: COINBASE,
        base_fee: BASE_FEE,
        block_gas_limit: 30_000_000,
        accounts: genesis,
        txs,
    }
}
