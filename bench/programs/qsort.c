/* qsort.c: sorting 200,000 pseudo-random ints with the C library's qsort and a comparator —
   measures calls through a function pointer into Glass-compiled code, and the library. */
#include "print.h"

void qsort(void *base, unsigned long n, unsigned long size, int (*cmp)(const void *, const void *));

#define N 100000
int v[N];

int compare(const void *x, const void *y) {
  int a = *(const int *)x, b = *(const int *)y;
  return a < b ? -1 : a > b;
}

int main(void) {
  unsigned int seed = 12345;
  for (int i = 0; i < N; i++) {
    seed = seed * 1103515245u + 12345u;
    v[i] = (int)(seed >> 8) % 1000000;
  }
  qsort(v, N, sizeof v[0], compare);
  long check = 0;
  for (int i = 0; i < N; i += 1000) check = check * 31 % 1000000007 + v[i];
  print_long(check);
  putchar('\n');
  return 0;
}
