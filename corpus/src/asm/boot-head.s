# Code that runs before the image is at its link address (a kernel's .head.text, MMU off) and code
# that runs after, reaching the same global: with rvcm rewrite --model pic --semi-pic-sections
# '^\.head\.text$' the first stays PC-relative and only the second loads the address from the GOT.
	.section .head.text, "ax", @progbits
	.globl head_entry
	.type head_entry, @function
head_entry:
	la a0, shared_var
	ld a0, 0(a0)
	ret
	.size head_entry, .-head_entry

	.text
	.globl text_entry
	.type text_entry, @function
text_entry:
	la a0, shared_var
	ld a0, 0(a0)
	ret
	.size text_entry, .-text_entry

	.data
	.balign 8
	.globl shared_var
	.type shared_var, @object
shared_var:
	.dword 9
	.size shared_var, 8
