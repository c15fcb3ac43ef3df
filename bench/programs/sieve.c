/* sieve.c: sieve of Eratosthenes over a global array, repeated — measures loads, stores and
   loops over global (RIP-relative / ADRP) data. */
#include "print.h"

char composite[200000];

int main(void) {
  long count = 0;
  int round;
  for (round = 0; round < 40; round++) {
    long i;
    long j;
    for (i = 0; i < 200000; i++) composite[i] = 0;
    count = 0;
    for (i = 2; i < 200000; i++) {
      if (!composite[i]) {
        count++;
        for (j = i * i; j < 200000; j += i) composite[j] = 1;
      }
    }
  }
  print_long(count);
  putchar('\n');
  return 0;
}
