/* sin, cos, tan. The argument is reduced to r = x - k*pi/2 with |r| <= pi/4, keeping r as
   a double-double: pi/2 is split in three 33-bit parts (Cody and Waite), so k * part is
   exact for |k| < 2^20 and the subtractions lose nothing; arguments beyond 2^19 * pi/2 would
   need Payne and Hanek's reduction, which Glass libc does not have (they lose accuracy).
   Then by quadrant k mod 4, sin x is +-sin r or +-cos r, computed with Taylor series (|r| <=
   pi/4: 11 terms reach 2^-60), with the low part of r as a first-order correction. */
#include <math.h>
#include "../internal/math_impl.h"

#define PIO2_1 0x1.921fb54400000p+0
#define PIO2_2 0x1.0b4611a600000p-34
#define PIO2_3 0x1.3198a2e000000p-69
#define PIO2_3_LO 0x1.b839a252049c1p-104
#define TWO_OVER_PI 0x1.45f306dc9c883p-1

/* x = k*pi/2 + (hi + lo); returns k mod 4. */
static int reduce(double x, double *hi, double *lo) {
  double k, a, b, c;
  struct dd s;
  if (fabs(x) <= 0x1.921fb54442d18p-1) {
    *hi = x;
    *lo = 0;
    return 0;
  }
  k = x * TWO_OVER_PI;
  k = k < 0 ? (double)(long)(k - 0.5) : (double)(long)(k + 0.5);
  a = x - k * PIO2_1;
  b = k * PIO2_2;
  c = k * PIO2_3;
  s = __two_sum(a, -b);
  s.lo -= c + k * PIO2_3_LO;
  s = __two_sum(s.hi, s.lo);
  *hi = s.hi;
  *lo = s.lo;
  return (int)((long)k & 3);
}

static double sin_kernel(double r, double lo) {
  double z = r * r, p = 0;
  int i;
  for (i = 23; i >= 3; i -= 2)
    p = (p + 1) * -z / (i * (i - 1));
  /* p = -r^2/3! + r^4/5! - ... ; sin(r + lo) ~ r + r*p + lo*cos(r) */
  return r + (r * p + lo * (1 - z / 2));
}

static double cos_kernel(double r, double lo) {
  double z = r * r, p = 0, h = z / 2, w = 1 - h;
  int i;
  for (i = 22; i >= 6; i -= 2)
    p = (p + 1) * -z / (i * (i - 1));
  /* cos r = 1 - z/2 + z^2/4! - ... = (1 - h) + ((1 - w) - h) + (z^2/4!)(1 + p') */
  p = (p + 1) * z * z / 24;
  return w + (((1 - w) - h) + (p - r * lo));
}

double sin(double x) {
  double hi, lo;
  int q;
  if (isinf(x) || isnan(x))
    return x - x;
  q = reduce(x, &hi, &lo);
  if (q == 0)
    return sin_kernel(hi, lo);
  if (q == 1)
    return cos_kernel(hi, lo);
  if (q == 2)
    return -sin_kernel(hi, lo);
  return -cos_kernel(hi, lo);
}

double cos(double x) {
  double hi, lo;
  int q;
  if (isinf(x) || isnan(x))
    return x - x;
  q = reduce(x, &hi, &lo);
  if (q == 0)
    return cos_kernel(hi, lo);
  if (q == 1)
    return -sin_kernel(hi, lo);
  if (q == 2)
    return -cos_kernel(hi, lo);
  return sin_kernel(hi, lo);
}

double tan(double x) {
  double hi, lo, s, c;
  int q;
  if (isinf(x) || isnan(x))
    return x - x;
  q = reduce(x, &hi, &lo);
  s = sin_kernel(hi, lo);
  c = cos_kernel(hi, lo);
  return q & 1 ? -c / s : s / c;
}

float sinf(float x) {
  return sin(x);
}

float cosf(float x) {
  return cos(x);
}

float tanf(float x) {
  return tan(x);
}
