#include <stdio.h>
static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
long fact(long n) { return n <= 1 ? 1 : n * fact(n - 1); }
int main(void) {
  for (int i = 0; i < 15; i++) printf("%d ", fib(i));
  printf("\n%ld\n", fact(15));
  return fib(10) % 256;
}
