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
# EVEX masking, zeroing, broadcast and disp8*N (a displacement that is no multiple of N is disp32).
vmovdqu8 (%rsi), %ymm18{%k2}
vmovdqu8 (%rdi), %zmm1{%k1}{z}
vmovdqu8 %zmm16, (%rax){%k1}
vpcmpnequb (%rdi), %ymm18, %k1{%k2}
vpminub %ymm18, %ymm19, %ymm19{%k1}{z}
vpternlogd $0xde, 0x60(%rdi), %ymm17, %ymm20{%k3}{z}
vpxorq (%rdi){1to4}, %ymm17, %ymm17
vpternlogd $0x96, 8(%rax){1to16}, %zmm1, %zmm2
vpminud (%rdx){1to8}, %ymm16, %ymm17
vmovdqu64 0x21(%rsi), %ymm17
vmovdqu64 -0x1000(%rsi), %zmm17
vpaddb %xmm16, %xmm17, %xmm18{%k7}
# Address-size prefix: 32-bit address registers, or `addr32` when nothing uses it.
lea -1(%ecx), %edx
movl 8(%eip), %eax
.byte 0x67, 0xe8, 0, 0, 0, 0
# EVEX embedded rounding: between registers, EVEX.b makes L'L a rounding mode (length 512).
vmulpd {rn-sae}, %zmm5, %zmm5, %zmm9
vfmadd213pd {rz-sae}, %zmm1, %zmm0, %zmm2
vsubps {ru-sae}, %zmm8, %zmm9, %zmm15{%k1}
vaddsd {rd-sae}, %xmm1, %xmm2, %xmm3
