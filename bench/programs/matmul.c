/* matmul.c: multiplying two 120×120 integer matrices a few times — measures two-dimensional
   array indexing, a tight inner loop of multiply-adds and 64-bit accumulation. */
#include "print.h"

#define N 120
long a[N][N], b[N][N], c[N][N];

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      a[i][j] = (i * 7 + j * 3) % 17;
      b[i][j] = (i * 5 + j * 11) % 13;
    }
  long sum = 0;
  for (int r = 0; r < 15; r++) {
    for (int i = 0; i < N; i++)
      for (int j = 0; j < N; j++) {
        long s = 0;
        for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
        c[i][j] = s + r;
      }
    for (int i = 0; i < N; i++) sum += c[i][(i * 7) % N];
  }
  print_long(sum);
  putchar('\n');
  return 0;
}
