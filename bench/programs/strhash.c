/* strhash.c: djb2 hashing of string literals in a loop — measures byte loads, pointer
   increments and 32-bit unsigned arithmetic. */
#include "print.h"

unsigned int hash(const char *s) {
  unsigned int h = 5381;
  while (*s) h = h * 33 + *s++;
  return h;
}

int main(void) {
  char *words[4];
  unsigned int acc = 0;
  long i;
  words[0] = "the quick brown fox jumps over the lazy dog";
  words[1] = "glass-box toolchain: cpp, cc, as, ld and a loader";
  words[2] = "x86-64 and AArch64 ELF64 executables";
  words[3] = "pack my box with five dozen liquor jugs";
  for (i = 0; i < 2000000; i++) acc = acc * 7 + hash(words[i & 3]);
  print_long(acc);
  putchar('\n');
  return 0;
}
