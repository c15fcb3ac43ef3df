// ABI mismatches the generated matrix found, kept as fixed cases. Built twice: with CALLER
// defined it is the caller (main), without it the callees; each half by Glass and by gcc.
int printf(const char *fmt, ...);
void abi_fail(int fn, int arg);

// AArch64: a union of float arrays is an HFA of four floats (AAPCS64 §5.9.5: a union's
// count is its widest member's), so it travels in s4–s7 and the 24-byte struct after it
// takes x6 by reference. Glass passed the union in x6/x7 (seed 2, f120).
union hfa_union { float a[3]; float b[4]; };
struct big24 { long x, y, z; };
long u_hfa(double d0, double d1, double d2, double d3, union hfa_union u, struct big24 b, long l);

// AArch64: a named HFA or composite that does not fit the registers left goes to the stack
// and uses up its class's registers (AAPCS64 C.13), so va_start must begin the variadic
// arguments of that class on the stack. Glass's va_start counted only the registers the
// named arguments occupied and read d6 / x7 from the save area (seed 7, f99).
struct f2 { float a, b; };
struct f4 { float a, b, c, d; };
struct d4 { double a[4]; };
struct l2 { long a, b; };
int exhausted_fp(int n, struct f2 a, struct f4 b, struct d4 c, ...);
int exhausted_gp(int a, int b, int c, int d, int e, int f, int g, struct l2 h, ...);

#ifdef CALLER
static int failures;
void abi_fail(int fn, int arg) { printf("regression %d: argument %d differs\n", fn, arg); failures++; }
int main(void) {
  union hfa_union u = { { 1.5f, -2.0f, 3.25f } };
  struct big24 b = { 7, -8, 9 };
  if (u_hfa(1.0, 2.0, 3.0, 4.0, u, b, 42) != 99) abi_fail(0, -1);
  struct f2 f2 = { 1.0f, 2.0f };
  struct f4 f4 = { 3.0f, 4.0f, 5.0f, 6.0f };
  struct d4 d4 = { { 7.0, 8.0, 9.0, 10.0 } };
  if (exhausted_fp(3, f2, f4, d4, 11.5, 12.5, 13L) != 1) abi_fail(1, -1);
  struct l2 l2 = { 20, 21 };
  if (exhausted_gp(1, 2, 3, 4, 5, 6, 7, l2, 22L, 23.5) != 1) abi_fail(2, -1);
  printf("%d failures\n", failures);
  return failures != 0;
}
#else
long u_hfa(double d0, double d1, double d2, double d3, union hfa_union u, struct big24 b, long l) {
  if (!(d0 == 1.0 && d1 == 2.0 && d2 == 3.0 && d3 == 4.0)) abi_fail(0, 0);
  if (!(u.a[0] == 1.5f && u.a[1] == -2.0f && u.a[2] == 3.25f)) abi_fail(0, 4);
  if (!(b.x == 7 && b.y == -8 && b.z == 9)) abi_fail(0, 5);
  if (l != 42) abi_fail(0, 6);
  return 99;
}

int exhausted_fp(int n, struct f2 a, struct f4 b, struct d4 c, ...) {
  if (!(n == 3 && a.a == 1.0f && a.b == 2.0f && b.a == 3.0f && b.d == 6.0f && c.a[0] == 7.0 && c.a[3] == 10.0)) abi_fail(1, 0);
  __builtin_va_list ap;
  __builtin_va_start(ap, c);
  if (__builtin_va_arg(ap, double) != 11.5) abi_fail(1, 4);
  if (__builtin_va_arg(ap, double) != 12.5) abi_fail(1, 5);
  if (__builtin_va_arg(ap, long) != 13) abi_fail(1, 6);
  __builtin_va_end(ap);
  return 1;
}

int exhausted_gp(int a, int b, int c, int d, int e, int f, int g, struct l2 h, ...) {
  if (!(a == 1 && g == 7 && h.a == 20 && h.b == 21)) abi_fail(2, 0);
  __builtin_va_list ap;
  __builtin_va_start(ap, h);
  if (__builtin_va_arg(ap, long) != 22) abi_fail(2, 8);
  if (__builtin_va_arg(ap, double) != 23.5) abi_fail(2, 9);
  __builtin_va_end(ap);
  return 1;
}
#endif
