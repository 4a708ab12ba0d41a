//! A minimal ERC-20 token in hand-assembled EVM bytecode (no Solidity compiler is needed to build
//! the benchmark): only `transfer(address,uint256)`, which checks the balance, moves it, emits the
//! standard `Transfer` event and returns true. Balances live at storage slot = holder address.
//! Unlike Solidity it does not check that the upper 12 bytes of the `to` word are zero.
use revm::primitives::{Address, Bytes, U256};

/// `transfer(address,uint256)`
pub const TRANSFER_SELECTOR: [u8; 4] = [0xa9, 0x05, 0x9c, 0xbb];

#[rustfmt::skip]
pub const RUNTIME: &[u8] = &[
    0x60, 0x00, 0x35, 0x60, 0xe0, 0x1c,             // selector = calldata[0..4]
    0x63, 0xa9, 0x05, 0x9c, 0xbb, 0x14,             // == transfer?
    0x60, 0x13, 0x57,                               // yes: jump to 0x13
    0x60, 0x00, 0x80, 0xfd,                         // no: revert
    0x5b,                                           // 0x13:
    0x60, 0x24, 0x35,                               // amount
    0x33, 0x54,                                     // balance[caller]
    0x81, 0x81, 0x10, 0x60, 0x64, 0x57,             // balance < amount: jump to 0x64 (revert)
    0x81, 0x90, 0x03, 0x33, 0x55,                   // balance[caller] -= amount
    0x60, 0x04, 0x35, 0x80, 0x54, 0x82, 0x01, 0x90, 0x55, // balance[to] += amount
    0x60, 0x00, 0x52,                               // mem[0] = amount
    0x60, 0x04, 0x35, 0x33,                         // topics: to, caller,
    0x7f, 0xdd, 0xf2, 0x52, 0xad, 0x1b, 0xe2, 0xc8, 0x9b, 0x69, 0xc2, 0xb0, 0x68, 0xfc, 0x37, 0x8d, 0xaa,
          0x95, 0x2b, 0xa7, 0xf1, 0x63, 0xc4, 0xa1, 0x16, 0x28, 0xf5, 0x5a, 0x4d, 0xf5, 0x23, 0xb3, 0xef, // Transfer(address,address,uint256)
    0x60, 0x20, 0x60, 0x00, 0xa3,                   // log3(mem[0..32])
    0x60, 0x01, 0x60, 0x00, 0x52, 0x60, 0x20, 0x60, 0x00, 0xf3, // return true
    0x5b, 0x60, 0x00, 0x80, 0xfd,                   // 0x64: revert
];

pub fn calldata(to: Address, amount: U256) -> Bytes {
    let mut d = Vec::with_capacity(68);
    d.extend_from_slice(&TRANSFER_SELECTOR);
    d.extend_from_slice(&[0u8; 12]);
    d.extend_from_slice(to.as_slice());
    d.extend_from_slice(&amount.to_be_bytes::<32>());
    d.into()
}

/// The storage slot holding `holder`'s balance.
pub fn slot(holder: Address) -> U256 {
    U256::from_be_slice(holder.as_slice())
}
