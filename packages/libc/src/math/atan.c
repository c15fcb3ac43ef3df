/* atan, atan2, asin, acos. atan first folds |x| into [0, 7/16] around one of the points
   c = 0, 1/2, 1, 3/2 or infinity:  atan x = atan c + atan((x - c) / (1 + x c))  (and for
   large x, atan x = pi/2 - atan(1/x)), with atan c stored as a double-double; the small
   argument t then goes through the Taylor series t - t^3/3 + t^5/5 - ... (28 terms). asin and
   acos are derived from it through asin x = atan(x / sqrt(1 - x^2)), with 1 - x^2 computed
   as (1 - x)(1 + x) so that nothing cancels near |x| = 1. */
#include <math.h>
#include <errno.h>
#include "../internal/math_impl.h"

static const double atan_hi[] = {0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1, 0x1.921fb54442d18p+0};
static const double atan_lo[] = {0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54};

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53

static double series(double t) {
  double z = t * t, p = 0;
  int i;
  for (i = 57; i >= 3; i -= 2)
    p = p * -z + 1.0 / i;
  return t - t * z * p;
}

double atan(double x) {
  double a = fabs(x), t, r;
  int i;
  if (isnan(x))
    return x;
  if (a < 0x1.cp-2) /* 7/16 */
    return series(x);
  if (a < 0x1.6p-1) { /* 11/16 */
    i = 0;
    t = (2 * a - 1) / (2 + a);
  } else if (a < 0x1.3p+0) { /* 19/16 */
    i = 1;
    t = (a - 1) / (a + 1);
  } else if (a < 0x1.38p+1) { /* 39/16 */
    i = 2;
    t = (a - 1.5) / (1 + 1.5 * a);
  } else {
    i = 3;
    t = -1 / a;
  }
  r = atan_hi[i] + (atan_lo[i] + series(t));
  return x < 0 ? -r : r;
}

double atan2(double y, double x) {
  double r;
  if (isnan(x) || isnan(y))
    return x + y;
  if (y == 0) {
    if (x > 0 || (x == 0 && !signbit(x)))
      return y;
    return signbit(y) ? -(PI_HI + PI_LO) : PI_HI + PI_LO;
  }
  if (x == 0)
    return y > 0 ? atan_hi[3] + atan_lo[3] : -(atan_hi[3] + atan_lo[3]);
  if (isinf(x)) {
    if (isinf(y))
      r = x > 0 ? atan_hi[1] + atan_lo[1] : 3 * atan_hi[1] + 3 * atan_lo[1];
    else
      r = x > 0 ? 0 : PI_HI + PI_LO;
    return y < 0 ? -r : r;
  }
  if (isinf(y))
    return y > 0 ? atan_hi[3] + atan_lo[3] : -(atan_hi[3] + atan_lo[3]);
  r = atan(fabs(y / x));
  if (x < 0)
    r = (PI_HI - r) + PI_LO;
  return y < 0 ? -r : r;
}

double asin(double x) {
  double a = fabs(x);
  if (a > 1)
    return __math_error((x - x) / (x - x), EDOM);
  if (a == 1)
    return x * (atan_hi[3] + atan_lo[3]);
  return atan(x / sqrt((1 - a) * (1 + a)));
}

double acos(double x) {
  double a = fabs(x);
  if (a > 1)
    return __math_error((x - x) / (x - x), EDOM);
  if (x == 1)
    return 0;
  if (x == -1)
    return PI_HI + PI_LO;
  return atan2(sqrt((1 - x) * (1 + x)), x);
}

float atanf(float x) {
  return atan(x);
}

float atan2f(float y, float x) {
  return atan2(y, x);
}

float asinf(float x) {
  return asin(x);
}

float acosf(float x) {
  return acos(x);
}
