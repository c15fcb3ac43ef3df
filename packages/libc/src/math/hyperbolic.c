/* sinh, cosh, tanh, hypot. For |x| < 1, sinh uses its Taylor series x + x^3/3! + ...
   (exp(x) - exp(-x) would cancel); beyond, the exponential forms, scaled by exp(|x|/2)
   near overflow. tanh is (e^2x - 1)/(e^2x + 1) with a series for e^2x - 1 for
   small arguments, and 1 - 2/(exp(2|x|) + 1) beyond.
   hypot computes x^2 + y^2 as an exact double-double and corrects the square root once
   (Newton), so it neither overflows nor loses the last bit. */
#include <math.h>
#include "../internal/math_impl.h"

static double sinh_series(double x) {
  double z = x * x, p = 0;
  int i;
  for (i = 21; i >= 3; i -= 2)
    p = (p + 1) * z / (i * (i - 1));
  return x + x * p;
}

double sinh(double x) {
  double a = fabs(x), e, r;
  if (isnan(x) || isinf(x))
    return x;
  if (a < 1)
    return sinh_series(x);
  if (a < 709) {
    e = exp(a);
    r = 0.5 * e - 0.5 / e;
  } else {
    e = exp(0.5 * a);
    r = 0.5 * e * e;
  }
  return x < 0 ? -r : r;
}

double cosh(double x) {
  double a = fabs(x), e;
  if (isnan(x))
    return x;
  if (a < 709) {
    e = exp(a);
    return 0.5 * e + 0.5 / e;
  }
  e = exp(0.5 * a);
  return 0.5 * e * e;
}

/* exp(t) - 1 for |t| <= 1.1 by its Taylor series (20 terms reach 2^-60). */
static double expm1_series(double t) {
  double p = 0;
  int i;
  for (i = 20; i >= 2; i--)
    p = (p + 1) * t / i;
  return t + t * p;
}

double tanh(double x) {
  double a = fabs(x), r, e;
  if (isnan(x))
    return x;
  if (a < 0.55) {
    e = expm1_series(2 * a); /* tanh a = (e^2a - 1) / (e^2a + 1) */
    r = e / (e + 2);
  } else {
    r = a > 22 ? 1 : 1 - 2 / (exp(2 * a) + 1);
  }
  return x < 0 ? -r : r;
}

double hypot(double x, double y) {
  double a = fabs(x), b = fabs(y), t, s;
  struct dd a2, b2, sum, s2;
  int scale = 0;
  if (isinf(x))
    return fabs(x); /* even when y is a NaN (C11 F.10.4.3) */
  if (isinf(y))
    return fabs(y);
  if (isnan(x) || isnan(y))
    return x + y;
  if (a < b) {
    t = a;
    a = b;
    b = t;
  }
  if (b == 0)
    return a;
  /* Bring a near 1 by a power of two, so the squares cannot overflow or underflow. */
  if (a > 0x1p500 || b < 0x1p-500) {
    frexp(a, &scale);
    a = __scale(a, -scale);
    b = __scale(b, -scale);
  }
  a2 = __two_prod(a, a);
  b2 = __two_prod(b, b);
  sum = __two_sum(a2.hi, b2.hi);
  sum.lo += a2.lo + b2.lo;
  s = sqrt(sum.hi + sum.lo);
  s2 = __two_prod(s, s);
  s += ((sum.hi - s2.hi) + (sum.lo - s2.lo)) / (2 * s);
  return __scale(s, scale);
}

float sinhf(float x) {
  return sinh(x);
}

float coshf(float x) {
  return cosh(x);
}

float tanhf(float x) {
  return tanh(x);
}

float hypotf(float x, float y) {
  return hypot(x, y);
}
