/* The bit patterns of doubles, exact double-double sums and products, ldexp/frexp and the
   errno helper: the small tools under the elementary functions (internal/math_impl.h). */
#include <math.h>
#include <string.h>
#include <errno.h>
#include "../internal/math_impl.h"

unsigned long __double_bits(double x) {
  unsigned long b;
  memcpy(&b, &x, sizeof b);
  return b;
}

double __bits_double(unsigned long b) {
  double x;
  memcpy(&x, &b, sizeof x);
  return x;
}

int __signbit(double x) {
  return __double_bits(x) >> 63;
}

double __math_error(double x, int e) {
  errno = e;
  return x;
}

struct dd __two_sum(double a, double b) {
  struct dd r;
  double v;
  r.hi = a + b;
  v = r.hi - a;
  r.lo = (a - (r.hi - v)) + (b - v);
  return r;
}

/* Splits a into a high half with 26 significant bits and the exact rest. */
static void split(double a, double *high, double *low) {
  double t = 134217729.0 * a; /* 2^27 + 1 */
  *high = t - (t - a);
  *low = a - *high;
}

struct dd __two_prod(double a, double b) {
  struct dd r;
  double ah, al, bh, bl;
  r.hi = a * b;
  split(a, &ah, &al);
  split(b, &bh, &bl);
  r.lo = ((ah * bh - r.hi) + ah * bl + al * bh) + al * bl;
  return r;
}

double __scale(double a, int n) {
  /* At most two steps by 2^1023 up, or by 2^-969 down (2^-1022 * 2^53: the intermediate
     stays normal while it can, so only the final multiplication rounds); then 2^n itself
     is a normal double. */
  int i;
  for (i = 0; i < 2 && n > 1023; i++) {
    a *= 0x1p1023;
    n -= 1023;
  }
  for (i = 0; i < 2 && n < -1022; i++) {
    a *= 0x1p-969;
    n += 969;
  }
  if (n > 1023)
    n = 1023;
  if (n < -1022)
    n = -1022;
  return a * __bits_double((unsigned long)(n + 1023) << 52);
}

double ldexp(double x, int n) {
  return __scale(x, n);
}

double frexp(double x, int *e) {
  unsigned long b = __double_bits(x);
  int biased = (b >> 52) & 0x7ff;
  *e = 0;
  if (x == 0 || biased == 0x7ff)
    return x;
  if (!biased) {
    x *= 0x1p64;
    b = __double_bits(x);
    biased = (b >> 52) & 0x7ff;
    *e = -64;
  }
  *e += biased - 1022;
  return __bits_double((b & ~(0x7ffUL << 52)) | (1022UL << 52));
}
