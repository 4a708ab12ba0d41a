//! A synthetic guest for calibration: a hand-assembled rv32im user ELF that counts down a register
//! and halts. Proving cost depends only on a segment's po2 (the trace is padded to 2^po2 rows), so a
//! busy loop measures exactly what a worker needs to know, with no guest toolchain involved.

/// Where RISC Zero guests are linked (`-Ttext=0x00200800`).
const BASE: u32 = 0x0020_0800;

const T0: u32 = 5;
const T1: u32 = 6;
const A0: u32 = 10;
const A1: u32 = 11;

fn lui(rd: u32, imm20: u32) -> u32 {
    0x37 | (rd << 7) | (imm20 << 12)
}

fn addi(rd: u32, rs1: u32, imm: i32) -> u32 {
    0x13 | (rd << 7) | (rs1 << 15) | (((imm as u32) & 0xfff) << 20)
}

fn bne(rs1: u32, rs2: u32, offset: i32) -> u32 {
    let o = offset as u32;
    let b12 = (o >> 12) & 1;
    let b11 = (o >> 11) & 1;
    let b10_5 = (o >> 5) & 0x3f;
    let b4_1 = (o >> 1) & 0xf;
    0x63 | (b11 << 7) | (b4_1 << 8) | (1 << 12) | (rs1 << 15) | (rs2 << 20) | (b10_5 << 25) | (b12 << 31)
}

/// Load a 32-bit constant with lui + addi (addi sign-extends, hence the rounding).
fn li(rd: u32, value: u32) -> [u32; 2] {
    let lo = ((value & 0xfff) as i32) << 20 >> 20;
    let hi = value.wrapping_sub(lo as u32) >> 12;
    [lui(rd, hi), addi(rd, rd, lo)]
}

/// A user ELF that loops `iterations` times (2 cycles each) then halts with exit code 0.
pub fn countdown_elf(iterations: u32) -> Vec<u8> {
    let digest_offset = 48u32; // 32 zero bytes: the (empty) output digest passed to halt
    let mut code: Vec<u32> = Vec::new();
    code.extend(li(T1, iterations));
    code.push(addi(T1, T1, -1));
    code.push(bne(T1, 0, -4));
    code.push(addi(T0, 0, 0)); // ecall::HALT
    code.push(addi(A0, 0, 0)); // halt::TERMINATE, user exit code 0
    code.extend(li(A1, BASE + digest_offset));
    code.push(0x0000_0073); // ecall
    let mut text: Vec<u8> = code.iter().flat_map(|w| w.to_le_bytes()).collect();
    text.resize(digest_offset as usize + 32, 0);

    const EHDR: u32 = 52;
    const PHDR: u32 = 32;
    let text_offset = EHDR + PHDR;
    let mut elf = Vec::new();
    elf.extend_from_slice(&[0x7f, b'E', b'L', b'F', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    let half = |v: u16, e: &mut Vec<u8>| e.extend_from_slice(&v.to_le_bytes());
    let word = |v: u32, e: &mut Vec<u8>| e.extend_from_slice(&v.to_le_bytes());
    half(2, &mut elf); // ET_EXEC
    half(0xf3, &mut elf); // EM_RISCV
    word(1, &mut elf); // EV_CURRENT
    word(BASE, &mut elf); // entry
    word(EHDR, &mut elf); // phoff
    word(0, &mut elf); // shoff
    word(0, &mut elf); // flags
    half(EHDR as u16, &mut elf);
    half(PHDR as u16, &mut elf);
    half(1, &mut elf); // phnum
    half(40, &mut elf); // shentsize
    half(0, &mut elf); // shnum
    half(0, &mut elf); // shstrndx
    word(1, &mut elf); // PT_LOAD
    word(text_offset, &mut elf);
    word(BASE, &mut elf); // vaddr
    word(BASE, &mut elf); // paddr
    word(text.len() as u32, &mut elf);
    word(text.len() as u32, &mut elf);
    word(5, &mut elf); // R + X
    word(4, &mut elf); // align
    elf.extend_from_slice(&text);
    elf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_match_the_assembler() {
        assert_eq!(addi(T1, T1, -1), 0xfff3_0313);
        assert_eq!(bne(T1, 0, -4), 0xfe03_1ee3);
        assert_eq!(lui(T1, 0x10), 0x0001_0337);
    }

    #[test]
    fn li_loads_any_constant() {
        for v in [0u32, 1, 0x7ff, 0x800, 0xfff, 0x1_0000, 0x0020_0830, 0xffff_ffff] {
            let [l, a] = li(T1, v);
            let hi = l >> 12;
            let lo = ((a as i32) >> 20) as u32;
            assert_eq!((hi << 12).wrapping_add(lo), v, "li {v:#x}");
        }
    }

    #[test]
    fn the_elf_loads_as_a_risc_zero_user_program() {
        let program = risc0_binfmt::Program::load_elf(&countdown_elf(1000), 0xc000_0000).unwrap();
        assert_eq!(program.read_u32(&BASE), Some(li(T1, 1000)[0]));
    }
}
