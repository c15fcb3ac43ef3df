// GNU `a ?: b`: the first operand is evaluated once and is the result when nonzero.
int calls;
int next(void) { return ++calls; }
int zero(void) { calls++; return 0; }
char *name(char *p) { return p ?: "(null)"; }

int main(void) {
  ASSERT(1, next() ?: 42);
  ASSERT(1, calls);
  ASSERT(42, zero() ?: 42);
  ASSERT(2, calls);
  ASSERT(3, 0 ?: 3);
  ASSERT(7, 7 ?: 3);
  ASSERT(5, sizeof(int[0 ?: 5]) / sizeof(int));
  long big = 0;
  ASSERT(8, sizeof(big ?: 1));
  ASSERT(4294967295, -1 ?: 1u);
  int x = 0;
  x = x ?: 9;
  ASSERT(9, x);
  x = (x++ ?: 100);
  ASSERT(9, x);
  printf("%s %s\n", name(0), name("yes"));
  double d = 0.0;
  ASSERT(2, (int)(d ?: 2.5));
  d = 1.5;
  ASSERT(1, (int)(d ?: 2.5));
  int *p = 0, arr[2] = {4, 5};
  ASSERT(4, *(p ?: arr));
  p = arr + 1;
  ASSERT(5, *(p ?: arr));
  int n = 0;
  ASSERT(1, (n++ ?: n++) ^ 0);
  ASSERT(2, n);
  return 0;
}
