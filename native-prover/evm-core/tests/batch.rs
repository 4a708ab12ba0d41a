//! The state transition against what the transactions must do, computed without the EVM.
use evm_core::{apply, decode_input, encode_input, erc20, recover, sample, BatchError};
use revm::primitives::{Address, U256};

#[test]
fn senders_are_recovered_from_signatures() {
    let b = sample::batch(4, 3, 0, 7);
    for raw in &b.txs {
        let (sender, _) = recover(raw, sample::CHAIN_ID).unwrap();
        assert!(b.accounts.iter().any(|a| a.address == sender));
    }
    // The wrong chain id does not recover.
    assert!(recover(&b.txs[0], 1).is_err());
}

#[test]
fn eth_transfer_moves_value_and_pays_21000_gas() {
    let b = sample::batch(2, 1, 0, 1);
    let out = apply(&b).unwrap();
    assert_eq!(out.gas_used, 21_000);
    assert_eq!(out.tx_count, 1);
    assert_ne!(out.pre_root, out.post_root);
    // Same input, same roots: the guest and the host agree only if this is deterministic.
    let again = apply(&decode_input(&encode_input(&b)).unwrap()).unwrap();
    assert_eq!(again.journal(), out.journal());
}

#[test]
fn erc20_transfer_succeeds_and_an_overdraft_fails_the_batch() {
    let b = sample::batch(3, 0, 2, 3);
    let out = apply(&b).unwrap();
    assert!(out.gas_used > 2 * 21_000, "token transfers run contract code");

    // A transfer larger than the sender's token balance reverts: the whole batch is refused.
    let mut bad = sample::batch(2, 0, 0, 3);
    let k = sample::key(3, 0);
    let to: Address = bad.accounts[1].address;
    let tx = evm_core::LegacyTx {
        nonce: 0,
        gas_price: sample::GAS_PRICE,
        gas_limit: 100_000,
        to: sample::TOKEN,
        value: U256::ZERO,
        data: erc20::calldata(to, U256::from(2_000_000u64)),
    };
    bad.txs.push(tx.sign(sample::CHAIN_ID, &k));
    assert!(matches!(apply(&bad), Err(BatchError::Failed { index: 0, .. })));
}

#[test]
fn a_tampered_signature_is_refused() {
    let mut b = sample::batch(2, 1, 0, 5);
    let mut raw = b.txs[0].to_vec();
    let n = raw.len();
    raw[n - 1] ^= 1;
    b.txs[0] = raw.into();
    // Either no key recovers, or another key does, whose account cannot pay: never applied as-is.
    assert!(apply(&b).is_err());
}

#[test]
fn garbage_input_is_an_error_not_a_panic() {
    assert!(decode_input(b"not rlp at all").is_err());
    assert!(decode_input(&[]).is_err());
}

#[test]
fn empty_trie_root_is_the_ethereum_constant() {
    let mut b = sample::batch(1, 0, 0, 1);
    b.accounts.clear();
    let out = apply(&b).unwrap();
    assert_eq!(format!("{:x}", out.pre_root), "56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
}

/// The post-state root against one computed by plain arithmetic: value and fees out of senders,
/// value into recipients, token balances moved in the contract's storage, nonces up by one.
#[test]
fn post_state_root_matches_the_arithmetic() {
    use alloy_trie::{root::state_root_unhashed, root::storage_root_unhashed, TrieAccount, EMPTY_ROOT_HASH};
    use revm::primitives::{keccak256, KECCAK_EMPTY};
    use std::collections::BTreeMap;

    let b = sample::batch(3, 2, 1, 11);
    let out = apply(&b).unwrap();
    let mut balance: BTreeMap<Address, U256> = b.accounts.iter().map(|a| (a.address, a.balance)).collect();
    let mut nonce: BTreeMap<Address, u64> = b.accounts.iter().map(|a| (a.address, a.nonce)).collect();
    let token = b.accounts.iter().find(|a| a.address == sample::TOKEN).unwrap();
    let mut tokens: BTreeMap<U256, U256> = token.storage.iter().map(|s| (s.key, s.value)).collect();
    let eth_gas = 21_000u64;
    let token_gas = out.gas_used - 2 * eth_gas;
    for raw in &b.txs {
        let (from, tx) = recover(raw, sample::CHAIN_ID).unwrap();
        let gas = if tx.to == sample::TOKEN { token_gas } else { eth_gas };
        *balance.get_mut(&from).unwrap() -= U256::from(gas as u128 * tx.gas_price) + tx.value;
        *nonce.get_mut(&from).unwrap() += 1;
        if tx.to == sample::TOKEN {
            let to = Address::from_slice(&tx.data[16..36]);
            let amount = U256::from_be_slice(&tx.data[36..68]);
            *tokens.get_mut(&erc20::slot(from)).unwrap() -= amount;
            *tokens.get_mut(&erc20::slot(to)).unwrap() += amount;
        } else {
            *balance.get_mut(&tx.to).unwrap() += tx.value;
        }
    }
    // Gas price = base fee: the coinbase earns nothing and, left empty, is not in the state (EIP-161).
    let expected = state_root_unhashed(b.accounts.iter().map(|a| {
        let (storage_root, code_hash) = if a.address == sample::TOKEN {
            (storage_root_unhashed(tokens.iter().map(|(k, v)| ((*k).into(), *v))), keccak256(&a.code))
        } else {
            (EMPTY_ROOT_HASH, KECCAK_EMPTY)
        };
        (a.address, TrieAccount { nonce: nonce[&a.address], balance: balance[&a.address], storage_root, code_hash })
    }));
    assert_eq!(out.post_root, expected);
}

#[test]
fn a_batch_over_the_block_gas_limit_is_refused() {
    let mut b = sample::batch(2, 2, 0, 9);
    b.block_gas_limit = 30_000;
    assert!(matches!(apply(&b), Err(BatchError::BadTx { index: 1, .. })));
}

#[test]
fn an_absurd_chain_id_is_an_error_not_an_overflow() {
    let b = sample::batch(2, 1, 0, 9);
    assert!(recover(&b.txs[0], u64::MAX).is_err());
}
