// Statements (C11 6.8): if/else, loops, break/continue, return; and recursion.
int fact(int n) { if (n <= 1) return 1; return n * fact(n - 1); }
int gcd(int a, int b) { while (b) { int t = a % b; a = b; b = t; } return a; }
int collatz(long n) { int steps = 0; while (n != 1) { if (n % 2) n = 3 * n + 1; else n = n / 2; steps++; } return steps; }
int sum_to(int n) { int s = 0; for (int i = 1; i <= n; i++) s += i; return s; }
int first_multiple(int of, int above) { int i; for (i = above + 1;; i++) if (i % of == 0) break; return i; }
int odd_sum(int n) { int s = 0; for (int i = 0; i < n; i++) { if (i % 2 == 0) continue; s += i; } return s; }
int count_down(int n) { int k = 0; do { k++; n--; } while (n > 0); return k; }
int nested(void) { int c = 0; for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) { if (j > i) break; c++; } return c; }
int shadow(void) { int x = 1; { int x = 2; { int x = 3; } } return x; }
int classify(int x) { if (x < 0) return -1; else if (x == 0) return 0; else return 1; }
int main(void) {
  ASSERT(120, fact(5));
  ASSERT(3628800, fact(10));
  ASSERT(6, gcd(48, 18));
  ASSERT(111, collatz(27));
  ASSERT(5050, sum_to(100));
  ASSERT(21, first_multiple(7, 14));
  ASSERT(25, odd_sum(10));
  ASSERT(1, count_down(0));
  ASSERT(4, count_down(4));
  ASSERT(15, nested());
  ASSERT(1, shadow());
  ASSERT(-1, classify(-5));
  ASSERT(0, classify(0));
  ASSERT(1, classify(9));
  { int i = 0; while (i < 10) i++; ASSERT(10, i); }
  { int i = 0; while (1) { if (i++ == 3) break; } ASSERT(4, i); }
  { int x = 0; if (0) x = 1; ASSERT(0, x); if (1) x = 2; ASSERT(2, x); }
  { ; ; }
  return 0;
}
