/* fabs, floor, ceil, trunc, round and fmod, exactly, on the bits. A double with biased
   exponent e has 1075 - e fraction bits (none once e >= 1075): truncation clears them;
   floor, ceil and round then step by one when the cleared part says so. */
#include <math.h>
#include "../internal/math_impl.h"

double fabs(double x) {
  return __bits_double(__double_bits(x) & ~(1UL << 63));
}

double trunc(double x) {
  unsigned long b = __double_bits(x);
  int e = (int)((b >> 52) & 0x7ff) - 1023;
  if (e >= 52)
    return x;
  if (e < 0)
    return __bits_double(b & (1UL << 63));
  return __bits_double(b & ~((1UL << (52 - e)) - 1));
}

double floor(double x) {
  double t = trunc(x);
  return t > x ? t - 1 : t;
}

double ceil(double x) {
  double t = trunc(x);
  return t < x ? t + 1 : t;
}

/* Halfway cases go away from zero (C11 7.12.9.6). */
double round(double x) {
  double t = trunc(x);
  if (fabs(x - t) >= 0.5)
    t += x > 0 ? 1 : -1;
  return t;
}

/* fmod: x - n*y with n = trunc(x/y), computed exactly by long division on the significands:
   the remainder is always representable. */
double fmod(double x, double y) {
  unsigned long bx = __double_bits(x), by = __double_bits(y), mx, my;
  int ex = (bx >> 52) & 0x7ff, ey = (by >> 52) & 0x7ff;
  unsigned long sign = bx & (1UL << 63);
  if (isnan(x) || isnan(y) || isinf(x) || y == 0)
    return (x * y) / (x * y);
  if (fabs(x) < fabs(y))
    return x;
  mx = bx & 0xfffffffffffffUL;
  my = by & 0xfffffffffffffUL;
  if (ex)
    mx |= 1UL << 52;
  else
    for (ex = 1; !(mx >> 52); ex--)
      mx <<= 1;
  if (ey)
    my |= 1UL << 52;
  else
    for (ey = 1; !(my >> 52); ey--)
      my <<= 1;
  /* x = mx * 2^(ex-1075), y = my * 2^(ey-1075), both significands normalized to 53 bits
     (subnormals get exponents below 1); reduce mx modulo my one bit at a time. */
  for (; ex > ey; ex--) {
    if (mx >= my)
      mx -= my;
    mx <<= 1;
  }
  if (mx >= my)
    mx -= my;
  if (!mx)
    return __bits_double(sign);
  return __bits_double(sign | __double_bits(__scale((double)mx, ey - 1075)));
}

float fabsf(float x) {
  return fabs(x);
}

float truncf(float x) {
  return trunc(x);
}

float floorf(float x) {
  return floor(x);
}

float ceilf(float x) {
  return ceil(x);
}

float roundf(float x) {
  return round(x);
}

float fmodf(float x, float y) {
  return fmod(x, y);
}
