// float and double (C11 6.2.5, 6.3.1.4–6.3.1.5, 6.4.4.2): arithmetic, comparisons (NaN is
// unordered), every integer/float conversion, decimal and hex constants, passing and
// returning in xmm / v registers (and on the stack past eight), static initial values.
int printf(const char *fmt, ...);
double g = 2.5;
float gf = 0.1f;
double table[] = { 1.0, -2.0, 0x1.8p1, 1e-3, 6.02214076e23 };
double half(double x) { return x / 2; }
float twice(float x) { return x * 2; }
double mix(int a, double b, float c, long d, double e) { return a + b + c + d + e; }
double many(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j, int k) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + k;
}
int lt(double a, double b) { return a < b; }
int le(double a, double b) { return a <= b; }
int eq(double a, double b) { return a == b; }
int ne(double a, double b) { return a != b; }
int gt(float a, float b) { return a > b; }
int ge(float a, float b) { return a >= b; }

int main(void) {
  double zero = 0.0;
  double nan = zero / zero;
  double inf = 1 / zero;
  ASSERT(3, (int)(1.5 + 1.5));
  ASSERT(-2, (int)(0.5 - 2.5));
  ASSERT(7, (int)(3.5 * 2));
  ASSERT(2, (int)(5.0 / 2.0));
  ASSERT(1, half(3.0) == 1.5);
  ASSERT(1, twice(1.25f) == 2.5f);
  ASSERT(16, (int)mix(1, 2.5, 3.5f, 4, 5.0));
  ASSERT(386, (int)many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1));
  ASSERT(1, lt(1, 2)); ASSERT(0, lt(2, 1)); ASSERT(0, lt(nan, 1)); ASSERT(0, lt(1, nan));
  ASSERT(1, le(2, 2)); ASSERT(0, le(nan, nan));
  ASSERT(1, eq(0.0, -0.0)); ASSERT(0, eq(nan, nan)); ASSERT(1, ne(nan, nan)); ASSERT(0, ne(1, 1));
  ASSERT(1, gt(2.0f, 1.0f)); ASSERT(0, gt(nan, 1)); ASSERT(1, ge(1.0f, 1.0f)); ASSERT(0, ge(1, nan));
  ASSERT(1, inf > 1e308); ASSERT(1, -inf < -1e308);
  ASSERT(-3, (int)-3.99); ASSERT(3, (int)3.99); ASSERT(255, (unsigned char)255.9);
  ASSERT(1, (unsigned long)1e19 == 10000000000000000000UL);
  ASSERT(1, (double)18446744073709551615UL == 18446744073709551616.0);
  ASSERT(1, (double)9223372036854775807L == 9223372036854775808.0);
  ASSERT(1, (unsigned)4294967295.0 == 4294967295u);
  ASSERT(1, (float)16777217 == 16777216.0f);
  ASSERT(-1, (long)(double)(-1L));
  ASSERT(1, (double)4294967295u == 4294967295.0);
  { signed char c = -5; short s = -300; unsigned char uc = 200; double d = c + s + uc; ASSERT(-105, (int)d); }
  { float f = 1.0f / 3; double d = f; ASSERT(1, d != 1.0 / 3); ASSERT(1, (float)d == f); }
  ASSERT(25, (int)(g * 10)); ASSERT(1, gf == 0.1f); ASSERT(1, gf != 0.1);
  ASSERT(3, (int)table[2]); ASSERT(1, table[3] == 0.001); ASSERT(1, table[4] > 6e23); ASSERT(-2, (int)table[1]);
  ASSERT(1, 0x1p-2 == 0.25); ASSERT(1, 0x.8p1 == 1.0); ASSERT(1, 1e2 == 100); ASSERT(1, .5e1 == 5.0);
  { double x = 1; x += 0.5; x *= 4; x -= 1; x /= 2; ASSERT(25, (int)(x * 10)); x++; --x; ASSERT(25, (int)(x * 10)); }
  { double x = 0.0; ASSERT(1, !x); x = 0.5; ASSERT(1, !!x); ASSERT(1, x && 1); ASSERT(1, x ? 1 : 0); if (x) ASSERT(1, 1); _Bool b = x; ASSERT(1, b); }
  { double neg = -0.0; ASSERT(1, 1 / neg < 0); double n2 = -zero; ASSERT(1, 1 / n2 < 0); }
  { int i = 7; double d = i; float f = i; long l = -d; ASSERT(-7, l); ASSERT(14, (int)(d + f)); }
  { double a = 1.5, b = 2.5; double c = a > b ? a : b; ASSERT(25, (int)(c * 10)); }
  ASSERT(8, sizeof(double)); ASSERT(4, sizeof(float)); ASSERT(8, sizeof 1.0); ASSERT(4, sizeof 1.0f);
  printf("%f %.3f %g %e\n", 3.14159, table[3], 1e10, -2.5);
  printf("%.1f %.1f %d\n", (double)gf, half(7), 3);
  return 0;
}
