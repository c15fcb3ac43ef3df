# x86-64 VEX/EVEX golden encodings (AVX, AVX2, AVX-512, opmask and BMI instructions: what glibc's
# string functions use), bytes as GNU as 2.40 encodes them. Checked like x86_64-golden.s (encoder,
# GNU as, and the decoder against GNU objdump). Masked, zeroing and broadcast forms, which the
# assembler's operand syntax does not take yet, are in x86_64-decode-edges.s.
vzeroupper                                   # c5 f8 77
vzeroall                                     # c5 fc 77
vmovdqu (%rsi), %ymm1                        # c5 fe 6f 0e
vmovdqu %ymm0, (%rdi)                        # c5 fe 7f 07
vmovdqa %ymm1, %ymm9                         # c5 7d 6f c9
vmovdqa 32(%rdi), %xmm3                      # c5 f9 6f 5f 20
vmovups (%rsi), %ymm0                        # c5 fc 10 06
vmovaps %ymm2, -64(%rsp)                     # c5 fc 29 54 24 c0
vmovntdq %ymm0, (%rdi)                       # c5 fd e7 07
vmovd %esi, %xmm0                            # c5 f9 6e c6
vmovd %xmm0, (%rdi)                          # c5 f9 7e 07
vmovq %xmm0, -8(%rdi,%rdx)                   # c5 f9 d6 44 17 f8
vmovq (%rax), %xmm1                          # c5 fa 7e 08
vmovq %rax, %xmm2                            # c4 e1 f9 6e d0
vmovq %xmm3, %r8                             # c4 c1 f9 7e d8
vpmovmskb %ymm1, %eax                        # c5 fd d7 c1
vpmovmskb %xmm12, %r9d                       # c4 41 79 d7 cc
vpcmpeqb (%rdi), %ymm1, %ymm1                # c5 f5 74 0f
vpcmpeqd 0x21(%rdi), %ymm0, %ymm1            # c5 fd 76 4f 21
vpcmpgtb %ymm11, %ymm8, %ymm8                # c4 41 3d 64 c3
vpaddb %ymm10, %ymm0, %ymm8                  # c4 41 7d fc c2
vpand %ymm1, %ymm2, %ymm5                    # c5 ed db e9
vpandn %ymm12, %ymm9, %ymm9                  # c4 41 35 df cc
vpor %ymm3, %ymm4, %ymm6                     # c5 dd eb f3
vpxor %xmm15, %xmm15, %xmm15                 # c4 41 01 ef ff
vpminub %ymm5, %ymm4, %ymm2                  # c5 dd da d5
vpminud 0x21(%rdi), %ymm1, %ymm2             # c4 e2 75 3b 57 21
vpshufb %xmm0, %xmm1, %xmm0                  # c4 e2 71 00 c0
vpbroadcastb %xmm0, %ymm0                    # c4 e2 7d 78 c0
vpbroadcastd (%rax), %xmm0                   # c4 e2 79 58 00
vbroadcastss (%rdi), %ymm3                   # c4 e2 7d 18 1f
bzhi %edx, %eax, %edx                        # c4 e2 68 f5 d0
bzhi %rdx, %rcx, %rcx                        # c4 e2 e8 f5 c9
sarx %ecx, %eax, %eax                        # c4 e2 72 f7 c0
sarx %eax, %r8d, %eax                        # c4 c2 7a f7 c0
shlx %esi, %r10d, %r10d                      # c4 42 49 f7 d2
shrx %edi, %ecx, %ecx                        # c4 e2 43 f7 c9
blsr %r11, %r11                              # c4 c2 a0 f3 cb
blsmsk %rdx, %r11                            # c4 e2 a0 f3 d2
blsi (%rax), %ecx                            # c4 e2 70 f3 18
andn %eax, %ebx, %ecx                        # c4 e2 60 f2 c8
pdep %rax, %rbx, %rcx                        # c4 e2 e3 f5 c8
pext %eax, %ebx, %ecx                        # c4 e2 62 f5 c8
kmovd %ecx, %k2                              # c5 fb 92 d1
kmovd %k1, %eax                              # c5 fb 93 c1
kmovq %rcx, %k1                              # c4 e1 fb 92 c9
kmovq %k0, %rax                              # c4 e1 fb 93 c0
kmovw %k1, %k2                               # c5 f8 90 d1
kortestd %k2, %k3                            # c4 e1 f9 98 da
kortestq %k0, %k0                            # c4 e1 f8 98 c0
ktestd %k1, %k1                              # c4 e1 f9 99 c9
kord %k0, %k1, %k0                           # c4 e1 f5 45 c0
kxnorq %k2, %k2, %k2                         # c4 e1 ec 46 d2
kunpckdq %k0, %k1, %k0                       # c4 e1 f4 4b c0
kunpckbw %k0, %k1, %k0                       # c5 f5 4b c0
vmovdqu64 (%rsi), %ymm17                     # 62 e1 fe 28 6f 0e
vmovdqu64 0x20(%rsi), %ymm18                 # 62 e1 fe 28 6f 56 01
vmovdqu64 %zmm16, 256(%rdi)                  # 62 e1 fe 48 7f 47 04
vmovdqa64 %zmm17, (%rdi)                     # 62 e1 fd 48 7f 0f
vmovdqa64 %zmm18, 0x40(%rdi)                 # 62 e1 fd 48 7f 57 01
vmovdqu8 (%rsi), %zmm1                       # 62 f1 7f 48 6f 0e
vmovups (%rsi), %zmm0                        # 62 f1 7c 48 10 06
vmovups 0x40(%rsi), %zmm1                    # 62 f1 7c 48 10 4e 01
vmovaps %zmm2, 0xc0(%rdi)                    # 62 f1 7c 48 29 57 03
vmovntdq %zmm0, 0x80(%rdi)                   # 62 f1 7d 48 e7 47 02
vmovq %xmm16, %rax                           # 62 e1 fd 08 7e c0
vpxorq (%rdi), %ymm17, %ymm17                # 62 e1 f5 20 ef 0f
vpxorq 0x20(%rdi), %ymm18, %ymm18            # 62 e1 ed 20 ef 57 01
vpxord %ymm24, %ymm17, %ymm25                # 62 01 75 20 ef c8
vpternlogd $0xde, 0x60(%rdi), %ymm17, %ymm20 # 62 e3 75 20 25 67 03 de
vpternlogd $0xfe, %ymm18, %ymm19, %ymm20     # 62 a3 65 20 25 e2 fe
vptestmb %ymm20, %ymm20, %k1                 # 62 b2 5d 20 26 cc
vptestnmb %zmm22, %zmm22, %k0                # 62 b2 4e 40 26 c6
vpcmpeqb 0x40(%rdi), %zmm16, %k1             # 62 f1 7d 40 74 4f 01
vpcmpnequb (%rdi), %ymm17, %k1               # 62 f3 75 20 3e 0f 04
vpcmpnequb 0x20(%rdi), %ymm18, %k1           # 62 f3 6d 20 3e 4f 01 04
vpcmpltub %ymm30, %ymm27, %k5                # 62 93 25 20 3e ee 01
vpcmpneqb %ymm17, %ymm19, %k2                # 62 b3 65 20 3f d1 04
vpcmpneqd 0x80(%rdi), %ymm16, %k1            # 62 f3 7d 20 1f 4f 04 04
vpsubb %ymm29, %ymm17, %ymm27                # 62 01 75 20 f8 dd
vpaddb %xmm16, %xmm17, %xmm18                # 62 a1 75 00 fc d0
vpminub %ymm18, %ymm19, %ymm19               # 62 a1 65 20 da da
vpminud 0x60(%rdi), %ymm17, %ymm18           # 62 e2 75 20 3b 57 03
vpbroadcastb %eax, %ymm16                    # 62 e2 7d 28 7a c0
vpbroadcastd %esi, %zmm0                     # 62 f2 7d 48 7c c6
vpbroadcastb (%rdi), %zmm2                   # 62 f2 7d 48 78 17
vbroadcastss %xmm0, %zmm2                    # 62 f2 7d 48 18 d0
vmovdqa %ymm9, %ymm1                         # c5 7d 7f c9
vmovdqu %xmm8, %xmm0                         # c5 7a 7f c0
vmovups %ymm12, %ymm3                        # c5 7c 11 e3
vpaddb %ymm8, %ymm9, %ymm10                  # c4 41 35 fc d0
# Floating point: AVX scalar/packed, compare predicates, conversions, FMA3 and AMD FMA4 (libm).
vaddsd %xmm2, %xmm1, %xmm0                   # c5 f3 58 c2
vmulsd 8(%rax), %xmm1, %xmm0                 # c5 f3 59 40 08
vsubsd %xmm9, %xmm10, %xmm11                 # c4 41 2b 5c d9
vdivss %xmm2, %xmm1, %xmm0                   # c5 f2 5e c2
vsqrtsd %xmm1, %xmm2, %xmm3                  # c5 eb 51 d9
vsqrtpd %ymm1, %ymm2                         # c5 fd 51 d1
vmulpd %ymm2, %ymm1, %ymm0                   # c5 f5 59 c2
vxorpd %xmm0, %xmm0, %xmm0                   # c5 f9 57 c0
vandpd (%rip), %xmm1, %xmm2                  # c5 f1 54 15 00 00 00 00
vandnpd %xmm1, %xmm2, %xmm3                  # c5 e9 55 d9
vorps %ymm1, %ymm2, %ymm3                    # c5 ec 56 d9
vunpcklpd %xmm1, %xmm2, %xmm3                # c5 e9 14 d9
vcmpltsd %xmm1, %xmm2, %xmm3                 # c5 eb c2 d9 01
vcmpnltsd %xmm1, %xmm2, %xmm3                # c5 eb c2 d9 05
vcmpeq_uqsd %xmm1, %xmm2, %xmm3              # c5 eb c2 d9 08
vcmpgt_oqpd %ymm1, %ymm2, %ymm3              # c5 ed c2 d9 1e
vmovsd (%rax), %xmm0                         # c5 fb 10 00
vmovsd %xmm1, 8(%rsp)                        # c5 fb 11 4c 24 08
vmovsd %xmm1, %xmm2, %xmm3                   # c5 eb 10 d9
vmovss (%rdi), %xmm4                         # c5 fa 10 27
vmovddup %xmm1, %xmm2                        # c5 fb 12 d1
vmovddup (%rax), %ymm2                       # c5 ff 12 10
vcomisd %xmm1, %xmm0                         # c5 f9 2f c1
vucomisd (%rax), %xmm0                       # c5 f9 2e 00
vcomiss %xmm1, %xmm0                         # c5 f8 2f c1
vcvtss2sd %xmm1, %xmm2, %xmm3                # c5 ea 5a d9
vcvtsd2ss %xmm1, %xmm2, %xmm3                # c5 eb 5a d9
vcvtpd2ps %xmm1, %xmm0                       # c5 f9 5a c1
vcvtpd2ps %ymm1, %xmm0                       # c5 fd 5a c1
vcvtpd2psx (%rax), %xmm0                     # c5 f9 5a 00
vcvtsi2sd %eax, %xmm1, %xmm0                 # c5 f3 2a c0
vcvtsi2sdq %rax, %xmm1, %xmm0                # c4 e1 f3 2a c0
vcvtsi2sdl (%rax), %xmm1, %xmm0              # c5 f3 2a 00
vcvttsd2si %xmm0, %eax                       # c5 fb 2c c0
vcvttsd2si (%rax), %rax                      # c4 e1 fb 2c 00
vcvtsd2si %xmm0, %eax                        # c5 fb 2d c0
vldmxcsr 4(%rsp)                             # c5 f8 ae 54 24 04
vstmxcsr 4(%rsp)                             # c5 f8 ae 5c 24 04
vpermilpd $1, %xmm1, %xmm2                   # c4 e3 79 05 d1 01
vextractps $1, %xmm0, (%rax)                 # c4 e3 79 17 00 01
vextractps $1, %xmm0, %eax                   # c4 e3 79 17 c0 01
vblendvpd %xmm4, %xmm3, %xmm2, %xmm1         # c4 e3 69 4b cb 40
vblendvps %ymm4, (%rax), %ymm2, %ymm1        # c4 e3 6d 4a 08 40
vfmadd132sd %xmm2, %xmm1, %xmm0              # c4 e2 f1 99 c2
vfmadd213sd 8(%rax), %xmm1, %xmm0            # c4 e2 f1 a9 40 08
vfmadd231pd %ymm2, %ymm1, %ymm0              # c4 e2 f5 b8 c2
vfnmadd132sd %xmm2, %xmm1, %xmm0             # c4 e2 f1 9d c2
vfmsub231sd (%rax), %xmm1, %xmm0             # c4 e2 f1 bb 00
vfmadd213ss %xmm2, %xmm1, %xmm0              # c4 e2 71 a9 c2
vfmaddsub132ps %xmm2, %xmm1, %xmm0           # c4 e2 71 96 c2
vfmsubadd213pd %ymm2, %ymm1, %ymm0           # c4 e2 f5 a7 c2
vfnmsub231ss %xmm2, %xmm1, %xmm0             # c4 e2 71 bf c2
vfmaddsd %xmm3, (%rax), %xmm1, %xmm0         # c4 e3 71 6b 00 30
vfmaddsd (%rax), %xmm3, %xmm1, %xmm0         # c4 e3 f1 6b 00 30
vfnmaddsd %xmm3, %xmm2, %xmm1, %xmm0         # c4 e3 f1 7b c3 20
vfmsubpd %ymm3, %ymm2, %ymm1, %ymm0          # c4 e3 f5 6d c3 20
# AVX2 and AVX-512 forms of gcc's vectorizer (-O3 -mavx2 / -march=skylake-avx512): shifts, extends,
# permutes, lane inserts/extracts, blends, conversions, EVEX arithmetic and FMA, opmask memory moves.
vpsrldq $8, %xmm2, %xmm0                     # c5 f9 73 da 08
vpslld $3, %ymm1, %ymm2                      # c5 ed 72 f1 03
vpsrlw %xmm1, %ymm2, %ymm3                   # c5 ed d1 d9
vpmovsxdq (%rax), %ymm1                      # c4 e2 7d 25 08
vpmovsxwd %xmm0, %ymm1                       # c4 e2 7d 23 c8
vpmovzxbw %xmm0, %xmm1                       # c4 e2 79 30 c8
vpshufd $0x1b, %ymm1, %ymm2                  # c5 fd 70 d1 1b
vpalignr $4, %ymm1, %ymm2, %ymm3             # c4 e3 6d 0f d9 04
vpermq $0xd8, %ymm1, %ymm2                   # c4 e3 fd 00 d1 d8
vpermpd $0xd8, %ymm5, %ymm5                  # c4 e3 fd 01 ed d8
vpermd %ymm1, %ymm2, %ymm3                   # c4 e2 6d 36 d9
vperm2i128 $1, %ymm3, %ymm3, %ymm1           # c4 e3 65 46 cb 01
vextracti128 $1, %ymm3, %xmm0                # c4 e3 7d 39 d8 01
vextractf128 $1, %ymm3, (%rax)               # c4 e3 7d 19 18 01
vinserti128 $1, %xmm1, %ymm2, %ymm3          # c4 e3 6d 38 d9 01
vinsertf128 $1, (%rax), %ymm2, %ymm3         # c4 e3 6d 18 18 01
vbroadcastsd 0x70(%rax), %ymm7               # c4 e2 7d 19 78 70
vbroadcasti128 (%rax), %ymm1                 # c4 e2 7d 5a 08
vpblendd $0xf0, %ymm1, %ymm2, %ymm3          # c4 e3 6d 02 d9 f0
vpblendvb %ymm4, %ymm1, %ymm2, %ymm3         # c4 e3 6d 4c d9 40
vptest %ymm1, %ymm2                          # c4 e2 7d 17 d1
vpextrd $1, %xmm0, %eax                      # c4 e3 79 16 c0 01
vpinsrq $1, %rax, %xmm1, %xmm2               # c4 e3 f1 22 d0 01
vpabsd %ymm1, %ymm2                          # c4 e2 7d 1e d1
vpmulld %ymm1, %ymm2, %ymm3                  # c4 e2 6d 40 d9
vshufpd $0xc, %ymm3, %ymm5, %ymm5            # c5 d5 c6 eb 0c
vshufps $0, %xmm0, %xmm0, %xmm1              # c5 f8 c6 c8 00
vblendpd $5, %ymm1, %ymm2, %ymm3             # c4 e3 6d 0d d9 05
vinsertps $0x10, %xmm1, %xmm2, %xmm3         # c4 e3 69 21 d9 10
vmovmskpd %ymm1, %eax                        # c5 fd 50 c1
vmovhpd (%rdi), %xmm7, %xmm8                 # c5 41 16 07
vmovlps %xmm1, (%rax)                        # c5 f8 13 08
vcvtdq2pd %xmm0, %ymm1                       # c5 fe e6 c8
vcvtdq2ps %ymm1, %ymm2                       # c5 fc 5b d1
vcvttps2dq %ymm1, %ymm2                      # c5 fe 5b d1
vcvtps2pd %xmm1, %ymm2                       # c5 fc 5a d1
vmulpd %zmm1, %zmm2, %zmm3                   # 62 f1 ed 48 59 d9
vaddps (%rax), %zmm2, %zmm3                  # 62 f1 6c 48 58 18
vfmadd231pd %zmm1, %zmm2, %zmm3              # 62 f2 ed 48 b8 d9
vfmadd213sd %xmm17, %xmm2, %xmm3             # 62 b2 ed 08 a9 d9
vsubsd 8(%rax), %xmm17, %xmm3                # 62 f1 f7 00 5c 58 01
vandpd %zmm1, %zmm2, %zmm3                   # 62 f1 ed 48 54 d9
vpmullq %ymm2, %ymm1, %ymm1                  # 62 f2 f5 28 40 ca
vpsllw $3, %ymm7, %ymm17                     # 62 f1 75 20 71 f7 03
vpsrlq $2, (%rax), %zmm1                     # 62 f1 f5 48 73 10 02
vpermt2pd %ymm5, %ymm3, %ymm4                # 62 f2 e5 28 7f e5
vpermi2d %zmm5, %zmm3, %zmm4                 # 62 f2 65 48 76 e5
vpermt2w 0x20(%r11), %ymm2, %ymm3            # 62 d2 ed 28 7d 5b 01
vpermb %ymm0, %ymm1, %ymm2                   # 62 f2 75 28 8d d0
vpermq $0xd8, %zmm1, %zmm2                   # 62 f3 fd 48 00 d1 d8
vextracti64x2 $1, %ymm1, %xmm1               # 62 f3 fd 28 39 c9 01
vinserti32x4 $2, %xmm1, %zmm2, %zmm3         # 62 f3 6d 48 38 d9 02
kmovw %k4, 0x418(%rsp)                       # c5 f8 91 a4 24 18 04 00 00
kmovq (%rax), %k1                            # c4 e1 f8 90 08
