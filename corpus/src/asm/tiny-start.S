# tiny-start: _start and helpers for src/c/tiny.c (the fixtures/tiny-medany executable).
# Holds, on purpose, one access of each kind rvcm classifies: a GOT load, an absolute lui/addi pair,
# an absolute data word, and PC-relative accesses.

        .text
        .globl _start
        .type _start, @function
_start:
        .option push
        .option norelax
        lla     gp, __global_pointer$               # the linker may relax data accesses to gp
        .option pop
        call    tiny_main
        li      a7, 93                              # exit(a0)
        ecall
        .size _start, . - _start

        .globl tiny_write
        .type tiny_write, @function
tiny_write:                                         # write(fd, buf, len)
        li      a7, 64
        ecall
        ret
        .size tiny_write, . - tiny_write

        .globl tiny_load_counter_via_got
        .type tiny_load_counter_via_got, @function
tiny_load_counter_via_got:
.Lgot:  auipc   a0, %got_pcrel_hi(tiny_counter)     # GOT access: the address comes from a GOT slot
        ld      a0, %pcrel_lo(.Lgot)(a0)
        ld      a0, 0(a0)
        ret
        .size tiny_load_counter_via_got, . - tiny_load_counter_via_got

        .globl tiny_table_address_absolute
        .type tiny_table_address_absolute, @function
tiny_table_address_absolute:
        lui     a0, %hi(tiny_table)                 # absolute reference (medlow style)
        addi    a0, a0, %lo(tiny_table)
        ret
        .size tiny_table_address_absolute, . - tiny_table_address_absolute

        .section .data.rel.ro, "aw", @progbits
        .balign 8
        .globl tiny_table_pointer
        .type tiny_table_pointer, @object
tiny_table_pointer:
        .quad   tiny_table                          # absolute data word
        .size tiny_table_pointer, 8

        .section .note.GNU-stack, "", @progbits
