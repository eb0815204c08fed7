# The kernel's tables of code offsets, in one small static program (no libc): what rvcm rewrite must
# keep pointing at the right instructions when code moves. Linux 6.1's RISC-V forms:
#   __ex_table    .long insn - ., fixup - .            (extable.h: a user access and its fixup)
#   __jump_table  .long site - ., target - .; .dword key - .   (jump_label.h: static keys)
#   __bug_table   .4byte site - .                      (bug.h: the address of a BUG())
#   .alternative  .dword old, new, vendor, len; .word errata   (alternative-macros.h: boot-time patching)
# _start first runs code that grows when rewritten (an undefined weak symbol through the GOT, a %hi
# shared by users at two addends), so everything after it moves; it then checks each table entry
# against the PC-relative address of the label it names, takes the exception fixup and the static
# branch through their table entries, patches the alternative in (copy, fence.i) and runs it, and
# calls boot-head.s. It prints "kernel idioms: ok" and exits 0, or exits with the failed check's number.
	.option rvc
	.section .rodata
ok:	.ascii "kernel idioms: ok\n"
	.set ok_len, . - ok

	.text
	.globl _start
	.type _start, @function
_start:
	.option push
	.option norelax
	lla gp, __global_pointer$
	.option pop
	li s11, 1
	.weak missing
.Lweak:	auipc a0, %pcrel_hi(missing)
	addi a0, a0, %pcrel_lo(.Lweak)
	bnez a0, fail
	li s11, 2
	lui a5, %hi(pair)
	ld a1, %lo(pair)(a5)
	ld a2, %lo(pair+8)(a5)
	li t0, 3
	bne a1, t0, fail
	li t0, 4
	bne a2, t0, fail
	li s11, 3
	lla t1, ex_begin
	lw t2, 0(t1)
	add t2, t2, t1
	lla t3, faulting
	bne t2, t3, fail
	lw t2, 4(t1)
	addi t4, t1, 4
	add t2, t2, t4
	li s11, 4
	jr t2
faulting:
	ld zero, 0(zero)
	j fail
.Lex_done:
	li t0, 42
	bne s10, t0, fail
	li s11, 5
	lla t1, jump_begin
	lw t2, 0(t1)
	add t2, t2, t1
	lla t3, .Ljump_site
	bne t2, t3, fail
	ld t5, 8(t1)
	addi t4, t1, 8
	add t5, t5, t4
	lla t3, key
	bne t5, t3, fail
	lw t2, 4(t1)
	addi t4, t1, 4
	add t2, t2, t4
	li s11, 6
	jr t2
.Ljump_site:
	nop
	j fail
.Lweak2:
	auipc a0, %pcrel_hi(missing)
	addi a0, a0, %pcrel_lo(.Lweak2)
	j fail
.Ljump_yes:
	li s11, 7
	lla t1, bug_begin
	lw t2, 0(t1)
	add t2, t2, t1
	lla t3, .Lbug_site
	bne t2, t3, fail
	li s11, 8
	lla t1, alt_begin
	ld a0, 0(t1)
	lla t3, .Lold
	bne a0, t3, fail
	ld a1, 8(t1)
	ld a2, 24(t1)
	lla t3, .Lnew_end
	lla t4, .Lnew
	sub t0, t3, t4
	bne a2, t0, fail
	bne a1, t4, fail
	call patch
	li s11, 9
	call .Lold
	li t0, 7
	bne a0, t0, fail
	li s11, 10
	call head_entry
	li t0, 9
	bne a0, t0, fail
	call text_entry
	bne a0, t0, fail
	li a7, 64
	li a0, 1
	lla a1, ok
	li a2, ok_len
	ecall
	li a0, 0
	li a7, 93
	ecall
.Lbug_site:
	ebreak
fail:
	mv a0, s11
	li a7, 93
	ecall
	.size _start, .-_start

	.type patch, @function
patch:
	add a2, a2, a0
1:	lbu t0, 0(a1)
	sb t0, 0(a0)
	addi a0, a0, 1
	addi a1, a1, 1
	bltu a0, a2, 1b
	fence.i
	ret
	.size patch, .-patch

	.type fixup, @function
fixup:
	li s10, 42
	j .Lex_done
	.size fixup, .-fixup

	.section .patchable, "awx", @progbits
.Lold:
	li a0, 5
	ret
	.subsection 1
.Lnew:
	li a0, 7
	ret
.Lnew_end:

	.section __ex_table, "a"
	.balign 4
ex_begin:
	.long (faulting - .), (fixup - .)

	.section __jump_table, "aw"
	.balign 8
jump_begin:
	.long .Ljump_site - ., .Ljump_yes - .
	.dword key - .

	.section __bug_table, "aw"
bug_begin:
	.4byte .Lbug_site - .
	.2byte 0, 0

	.section .alternative, "a"
	.balign 8
alt_begin:
	.dword .Lold, .Lnew, 0, .Lnew_end - .Lnew
	.word 0

	.data
	.balign 8
pair:	.dword 3, 4
key:	.dword 1
