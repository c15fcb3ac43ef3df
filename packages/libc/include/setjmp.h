/* setjmp.h: non-local jumps (C11 7.13). A jmp_buf holds the callee-saved registers, the
   stack pointer and the return address (x86-64: rbx rbp r12-r15 rsp rip; AArch64: x19-x30,
   sp, d8-d15); setjmp and longjmp are written in assembly for each target. */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef long jmp_buf[22];

int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int value);
#define _setjmp setjmp
#define _longjmp longjmp

#endif
