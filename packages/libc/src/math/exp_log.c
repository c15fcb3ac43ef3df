/* exp, log, log2, log10, pow: the exponential and logarithms, built on two kernels that
   work in double-double so that pow's y * log(x) keeps its accuracy.

   __log_dd(x): x = 2^k * m with m in [sqrt(1/2), sqrt(2)); with f = m - 1 (exact) and
   s = f / (2 + f),  log(m) = 2 atanh(s) = 2s + 2s^3/3 + 2s^5/5 + ...  (|s| <= 0.1716).
   s is computed as a double-double (the division's remainder is exact through two_prod);
   the tail 2s^3/3 + ... is below 1% of the total, so plain doubles suffice for it. Then
   log(x) = k*ln2 + log(m), with ln2 split so that k * LN2_HI is exact.

   __exp_dd(hi + lo): x = k*ln2 + r with |r| <= ln2/2 (Cody and Waite's reduction, k*LN2_HI
   exact again), exp(r) = 1 + r + r^2/2! + ... (Horner, 14 terms for 2^-60), and 2^k * exp(r)
   is assembled with one final rounding (__scale). */
#include <math.h>
#include <errno.h>
#include "../internal/math_impl.h"

#define LN2_HI 0x1.62e42fee00000p-1 /* 32 significant bits: k * LN2_HI is exact for |k| < 2^21 */
#define LN2_LO 0x1.a39ef35793c76p-33
#define INV_LN2 0x1.71547652b82fep+0
#define INV_LN2_LO 0x1.777d0ffda0d24p-56
#define INV_LN10 0x1.bcb7b1526e50ep-2
#define INV_LN10_LO 0x1.95355baaafad3p-57
#define SQRT_HALF 0x1.6a09e667f3bcdp-1

struct dd __log_dd(double x) {
  struct dd r, q, sum;
  unsigned long b = __double_bits(x);
  int k = 0, i;
  double m, f, d_hi, d_lo, s_hi, s_lo, z, tail;
  if (!(b >> 52)) { /* subnormal: make it normal first */
    x *= 0x1p54;
    k = -54;
    b = __double_bits(x);
  }
  k += (int)(b >> 52) - 1023;
  m = __bits_double((b & 0xfffffffffffffUL) | (1023UL << 52));
  if (m > 2 * SQRT_HALF) {
    m *= 0.5;
    k++;
  }
  f = m - 1;
  d_hi = 2 + f;
  d_lo = f - (d_hi - 2);
  s_hi = f / d_hi;
  q = __two_prod(s_hi, d_hi);
  s_lo = ((f - q.hi) - q.lo - s_hi * d_lo) / d_hi;
  z = s_hi * s_hi;
  tail = 0;
  for (i = 27; i >= 3; i -= 2)
    tail = tail * z + 2.0 / i;
  tail *= z * s_hi;
  /* log(x) = k*LN2_HI + 2*s_hi + (2*s_lo + tail + k*LN2_LO) */
  sum = __two_sum(k * LN2_HI, 2 * s_hi);
  r = __two_sum(sum.hi, sum.lo + 2 * s_lo + tail + k * LN2_LO);
  return r;
}

double __exp_dd(double hi, double lo) {
  double k, r, p;
  int i;
  if (hi > 709.8)
    return __math_error(0x1p1023 * 2.0, ERANGE);
  if (hi < -745.2)
    return __math_error(0.0, ERANGE);
  k = hi * INV_LN2;
  k = k < 0 ? (double)(long)(k - 0.5) : (double)(long)(k + 0.5);
  r = (hi - k * LN2_HI) - k * LN2_LO + lo;
  p = 0;
  for (i = 14; i >= 2; i--)
    p = (p + 1) * r / i;
  /* p = r/2! + r^2/3! + ... , so exp(r) = 1 + (r + r*p) */
  r = __scale(1 + (r + r * p), (int)k);
  if (r == 0 || isinf(r))
    errno = ERANGE;
  return r;
}

double exp(double x) {
  if (isnan(x))
    return x;
  if (isinf(x))
    return x > 0 ? x : 0;
  return __exp_dd(x, 0);
}

/* Special values shared by the logarithms: the result when x is not a positive finite
   number, through *out; 1 if handled. */
static int log_special(double x, double *out) {
  if (isnan(x) || (isinf(x) && x > 0)) {
    *out = x;
    return 1;
  }
  if (x == 0) {
    *out = __math_error(-1 / fabs(x), ERANGE);
    return 1;
  }
  if (x < 0) {
    *out = __math_error((x - x) / (x - x), EDOM);
    return 1;
  }
  return 0;
}

double log(double x) {
  struct dd l;
  double out;
  if (log_special(x, &out))
    return out;
  l = __log_dd(x);
  return l.hi + l.lo;
}

/* log(x) times the double-double c_hi + c_lo. */
static double log_times(double x, double c_hi, double c_lo) {
  struct dd l = __log_dd(x), p = __two_prod(l.hi, c_hi);
  return p.hi + (p.lo + l.lo * c_hi + l.hi * c_lo);
}

double log2(double x) {
  double out;
  if (log_special(x, &out))
    return out;
  return log_times(x, INV_LN2, INV_LN2_LO);
}

double log10(double x) {
  double out;
  if (log_special(x, &out))
    return out;
  return log_times(x, INV_LN10, INV_LN10_LO);
}

/* Is y an integer, and if so an odd one? 0: not an integer, 1: even, 2: odd. */
static int integer_kind(double y) {
  if (isinf(y) || y != trunc(y))
    return 0;
  if (fabs(y) >= 0x1p53)
    return 1;
  return (long)y % 2 ? 2 : 1;
}

/* pow (C11 F.10.4.4): the special cases first, then exp(y * log|x|) in double-double. */
double pow(double x, double y) {
  int kind = integer_kind(y);
  double sign = 1, ax = fabs(x), r;
  struct dd l, p;
  if (y == 0 || x == 1)
    return 1;
  if (isnan(x) || isnan(y))
    return x + y;
  if (isinf(y)) {
    if (ax == 1)
      return 1;
    return (ax > 1) == (y > 0) ? y * y : 0;
  }
  if (x < 0 && kind == 2)
    sign = -1;
  if (x == 0) {
    if (y < 0)
      return __math_error(kind == 2 ? 1 / x : 1 / ax, ERANGE);
    return kind == 2 ? x : 0;
  }
  if (isinf(x)) {
    if (y < 0)
      return kind == 2 ? 1 / x : 0;
    return kind == 2 ? x : ax;
  }
  if (x < 0 && !kind)
    return __math_error((x - x) / (x - x), EDOM);
  l = __log_dd(ax);
  p = __two_prod(y, l.hi);
  p.lo += y * l.lo;
  r = __exp_dd(p.hi, p.lo);
  return sign * r;
}
