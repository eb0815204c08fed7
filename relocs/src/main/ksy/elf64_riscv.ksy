meta:
  id: elf64_riscv
  title: ELF64 little-endian object file, as the RISC-V psABI uses it
  file-extension: [o, so, elf]
  endian: le
  license: MIT
doc: |
  The layout of an ELF64 little-endian file: identification, file header, program and section
  header tables, and the fixed-size entries of the tables rvcm reads (symbols, relocations,
  dynamic entries, symbol versions). Section bodies are not parsed here: the domain layer
  (dev.rvcm.relocs.elf) seeks to each header table and reads its entries with these types; it
  reads the bulk tables (symbols, relocations) straight from the mapped file in the layout the
  symbol and rela types give, and a test checks those fast readers against these types.
doc-ref:
  - https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.eheader.html
  - https://github.com/riscv-non-isa/riscv-elf-psabi-doc/blob/master/riscv-elf.adoc
seq:
  - id: ident
    type: identification
  - id: header
    type: file_header
types:
  identification:
    doc-ref: https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.eheader.html#elfid
    seq:
      - id: magic
        contents: [0x7f, "ELF"]
      - id: file_class
        type: u1
        doc: EI_CLASS, 1 = ELFCLASS32, 2 = ELFCLASS64
      - id: data_encoding
        type: u1
        doc: EI_DATA, 1 = ELFDATA2LSB, 2 = ELFDATA2MSB
      - id: version
        type: u1
      - id: os_abi
        type: u1
      - id: abi_version
        type: u1
      - id: padding
        size: 7
  file_header:
    seq:
      - id: type
        type: u2
        doc: e_type (ET_REL 1, ET_EXEC 2, ET_DYN 3)
      - id: machine
        type: u2
        doc: e_machine (EM_RISCV 243)
      - id: version
        type: u4
      - id: entry
        type: u8
      - id: phoff
        type: u8
      - id: shoff
        type: u8
      - id: flags
        type: u4
        doc: e_flags (EF_RISCV_RVC 0x1, EF_RISCV_FLOAT_ABI 0x6, EF_RISCV_RVE 0x8, EF_RISCV_TSO 0x10)
      - id: ehsize
        type: u2
      - id: phentsize
        type: u2
      - id: phnum
        type: u2
      - id: shentsize
        type: u2
      - id: shnum
        type: u2
      - id: shstrndx
        type: u2
  program_header:
    doc-ref: https://refspecs.linuxfoundation.org/elf/gabi4+/ch5.pheader.html
    seq:
      - id: type
        type: u4
      - id: flags
        type: u4
      - id: offset
        type: u8
      - id: vaddr
        type: u8
      - id: paddr
        type: u8
      - id: filesz
        type: u8
      - id: memsz
        type: u8
      - id: align
        type: u8
  section_header:
    doc-ref: https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.sheader.html
    seq:
      - id: name_offset
        type: u4
      - id: type
        type: u4
      - id: flags
        type: u8
      - id: addr
        type: u8
      - id: offset
        type: u8
      - id: size
        type: u8
      - id: link
        type: u4
      - id: info
        type: u4
      - id: addralign
        type: u8
      - id: entsize
        type: u8
  symbol:
    doc: Elf64_Sym, 24 bytes.
    doc-ref: https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.symtab.html
    seq:
      - id: name_offset
        type: u4
      - id: info
        type: u1
        doc: binding in the high nibble, type in the low nibble
      - id: other
        type: u1
        doc: visibility in the low two bits; STO_RISCV_VARIANT_CC is 0x80
      - id: section_index
        type: u2
      - id: value
        type: u8
      - id: size
        type: u8
  rela:
    doc: Elf64_Rela, 24 bytes; r_info holds the symbol index (high 32 bits) and the type (low 32).
    doc-ref: https://refspecs.linuxfoundation.org/elf/gabi4+/ch4.reloc.html
    seq:
      - id: offset
        type: u8
      - id: info
        type: u8
      - id: addend
        type: s8
  rel:
    doc: Elf64_Rel, 16 bytes.
    seq:
      - id: offset
        type: u8
      - id: info
        type: u8
  dynamic_entry:
    doc: Elf64_Dyn, 16 bytes.
    doc-ref: https://refspecs.linuxfoundation.org/elf/gabi4+/ch5.dynamic.html
    seq:
      - id: tag
        type: s8
      - id: value
        type: u8
  verdef:
    doc: Elf64_Verdef, 20 bytes (SHT_GNU_verdef).
    doc-ref: https://refspecs.linuxfoundation.org/LSB_5.0.0/LSB-Core-generic/LSB-Core-generic/symversion.html
    seq:
      - id: version
        type: u2
      - id: flags
        type: u2
      - id: index
        type: u2
      - id: aux_count
        type: u2
      - id: hash
        type: u4
      - id: aux_offset
        type: u4
      - id: next_offset
        type: u4
  verdaux:
    doc: Elf64_Verdaux, 8 bytes.
    seq:
      - id: name_offset
        type: u4
      - id: next_offset
        type: u4
  verneed:
    doc: Elf64_Verneed, 16 bytes (SHT_GNU_verneed).
    seq:
      - id: version
        type: u2
      - id: aux_count
        type: u2
      - id: file_offset
        type: u4
      - id: aux_offset
        type: u4
      - id: next_offset
        type: u4
  vernaux:
    doc: Elf64_Vernaux, 16 bytes.
    seq:
      - id: hash
        type: u4
      - id: flags
        type: u2
      - id: other
        type: u2
        doc: the version index that .gnu.version entries use for this requirement
      - id: name_offset
        type: u4
      - id: next_offset
        type: u4
  group_header:
    doc: The first word of an SHT_GROUP section; GRP_COMDAT is 1. Member section indices follow as u4.
    seq:
      - id: flags
        type: u4
