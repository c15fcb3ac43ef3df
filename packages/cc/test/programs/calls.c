// Function calls (C11 6.5.2.2) against both calling conventions: register arguments, stack
// arguments beyond 6 (x86-64) / 8 (AArch64), function pointers, void functions, recursion.
int add2(int a, int b) { return a + b; }
long add10(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j;
}
int mixed(char a, int b, long c, char *d, int e, int f, int g, char h, int i) { return a + b + c + d[0] + e + f + g + h + i; }
int g_value;
void set(int v) { g_value = v; return; }
int apply(int (*f)(int, int), int x, int y) { return f(x, y); }
int mul(int a, int b) { return a * b; }
int is_even(int n);
int is_odd(int n) { return n == 0 ? 0 : is_even(n - 1); }
int is_even(int n) { return n == 0 ? 1 : is_odd(n - 1); }
int ackermann(int m, int n) { if (m == 0) return n + 1; if (n == 0) return ackermann(m - 1, 1); return ackermann(m - 1, ackermann(m, n - 1)); }
int main(void) {
  ASSERT(7, add2(3, 4));
  ASSERT(385, add10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  ASSERT(-385, add10(-1, -2, -3, -4, -5, -6, -7, -8, -9, -10));
  ASSERT(145, mixed(1, 2, 3, "A", 5, 6, 7, 8, 48));
  set(9); ASSERT(9, g_value);
  ASSERT(12, apply(mul, 3, 4));
  ASSERT(7, apply(add2, 3, 4));
  { int (*fp)(int, int) = add2; ASSERT(11, fp(5, 6)); ASSERT(11, (*fp)(5, 6)); }
  ASSERT(1, is_even(10));
  ASSERT(1, is_odd(7));
  ASSERT(61, ackermann(3, 3));
  ASSERT(3, add2(add2(1, 1), add2(0, 1)));
  return 0;
}
