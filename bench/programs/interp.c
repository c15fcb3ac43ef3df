/* interp.c: a register-machine interpreter dispatching with an if-chain (no switch) — measures
   compare-and-branch chains, array indexing and a tight loop with a data-dependent path. */
#include "print.h"

/* Each instruction is 4 ints: op, a, b, c. Opcodes:
   0 r[a] = b; 1 r[a] = r[b] + r[c]; 2 r[a] = r[b] - r[c]; 3 r[a] = r[b] * r[c] & 65535;
   4 r[a] = r[b] ^ r[c]; 5 if (r[a]) goto b; 6 return r[a]. */
int code[64];
long reg[8];

long run(int *prog) {
  int pc = 0;
  for (;;) {
    int *in = prog + pc * 4;
    int op = in[0];
    pc++;
    if (op == 0) {
      reg[in[1]] = in[2];
    } else if (op == 1) {
      reg[in[1]] = reg[in[2]] + reg[in[3]];
    } else if (op == 2) {
      reg[in[1]] = reg[in[2]] - reg[in[3]];
    } else if (op == 3) {
      reg[in[1]] = reg[in[2]] * reg[in[3]] & 65535;
    } else if (op == 4) {
      reg[in[1]] = reg[in[2]] ^ reg[in[3]];
    } else if (op == 5) {
      if (reg[in[1]] != 0) pc = in[2];
    } else {
      return reg[in[1]];
    }
  }
}

void emit(int at, int op, int a, int b, int c) {
  code[at * 4] = op;
  code[at * 4 + 1] = a;
  code[at * 4 + 2] = b;
  code[at * 4 + 3] = c;
}

int main(void) {
  /* r0 = 1; r1 = 6000000; r2 = 1; r3 = 3; loop: r0 = r0 * r3 & 65535; r0 ^= r1; r1 -= r2; if (r1) goto loop */
  emit(0, 0, 0, 1, 0);
  emit(1, 0, 1, 6000000, 0);
  emit(2, 0, 2, 1, 0);
  emit(3, 0, 3, 3, 0);
  emit(4, 3, 0, 0, 3);
  emit(5, 4, 0, 0, 1);
  emit(6, 2, 1, 1, 2);
  emit(7, 5, 1, 4, 0);
  emit(8, 6, 0, 0, 0);
  print_long(run(code));
  putchar('\n');
  return 0;
}
