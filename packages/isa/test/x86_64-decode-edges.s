# Byte sequences the x86-64 decoder must print as GNU objdump -d does: addressing corner cases,
# size suffixes, prefixes no instruction uses (data16, cs, repz, rex), string instructions.
# Checked by x86_64-decode.test.ts (assembled by GNU as, disassembled by both).
movl -8, %eax
movl 0(,%rax,8), %eax
movl -16(%rip), %eax
shll %cl, (%rax)
sarl (%rax)
pushq 8(%rbp)
jmp *8(%rip)
subl $-1, %eax
subw $-1, %ax
pushq $-1
movw $-1, (%rax)
cvtsi2sdl (%rax), %xmm0
cvtsi2sdq (%rax), %xmm0
rep stosl
rep stosb
movsq
movsl
xchg %r8d, %eax
xchg %ax, %ax
xchg %rbx, %rcx
nopw %ax
nopl %eax
testl $1, (%rax)
notb (%rax)
setb (%rax)
ret $8
movzbw %al, %ax
.byte 0x66, 0x0f, 0x1f, 0x44, 0, 0
.byte 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0,0,0,0,0
.byte 0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0,0,0,0,0
movq $-1, (%rax)
imull $-2, %eax, %eax
movb $-1, %al
movb %ah, %bl
addb $-1, (%rax)
.byte 0x2e,0x8b,0x00
.byte 0x3e,0x8b,0x00
.byte 0xf3,0xc3
.byte 0x48,0xff,0xd0
movq 8(%rax,%rbx), %rax
.byte 0x8b,0x04,0x20
movl -8(,%rax,4),%eax
.byte 0x41,0x90
.byte 0x40,0x88,0xc0
movb %al,%sil
