meta:
  id: ar_archive
  title: Unix ar archive (GNU / System V variant)
  file-extension: [a]
  encoding: ASCII
  license: MIT
doc: |
  A static library: the global magic, then members, each a 60-byte text header and a body padded
  to an even length. GNU/SysV special members: "/" is the symbol index, "//" the long-name table;
  a name "/123" refers to offset 123 in that table; short names end with "/". Thin archives
  ("!<thin>\n") keep their members outside and are refused by the domain layer.
doc-ref: https://sourceware.org/binutils/docs/binutils/ar.html
seq:
  - id: magic
    contents: "!<arch>\n"
types:
  member_header:
    doc: |
      The 60-byte text header before each member body. The body (size bytes, then one pad byte
      when size is odd) is not read here: the domain layer slices it out of the mapped archive.
    seq:
      - id: name
        type: str
        size: 16
        pad-right: 0x20
      - id: mtime
        type: str
        size: 12
        pad-right: 0x20
      - id: owner_id
        type: str
        size: 6
        pad-right: 0x20
      - id: group_id
        type: str
        size: 6
        pad-right: 0x20
      - id: mode
        type: str
        size: 8
        pad-right: 0x20
      - id: size
        type: str
        size: 10
        pad-right: 0x20
        doc: the body's size in bytes, in decimal
      - id: header_end
        contents: [0x60, 0x0a]
