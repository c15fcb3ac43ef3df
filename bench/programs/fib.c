/* fib.c: naive doubly recursive Fibonacci — measures calls, returns and stack frames. */
#include "print.h"

long fib(long n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

int main(void) {
  print_long(fib(35));
  putchar('\n');
  return 0;
}
