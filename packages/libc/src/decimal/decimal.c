/* Exact decimal expansion of a double, and decimal rounding: the heart of printf's %f %e %g.

   A finite double is m * 2^e with an integer m < 2^53. If e >= 0 the value is the integer
   N = m * 2^e; if e < 0 it is m * 5^-e / 10^-e, so N = m * 5^-e written out in decimal with
   the point moved -e places left. N is a big integer, kept in base 10^9 "limbs" (least
   significant first) so that each limb prints as exactly nine decimal digits; it is built by
   multiplying m by 2^29 or 5^13 at a time (both below 2^31, so limb * factor + carry fits in
   64 bits). The largest N, m * 5^1074, has 767 digits: 86 limbs. strtod also expands the
   midpoints between neighbouring doubles, (2m + 1) * 2^(e-1), one bit more: 768 digits.

   With all digits exact, rounding to any precision is exact too: look at the first dropped
   digit and whether anything non-zero follows (glibc rounds to nearest, ties to even). */
#include <string.h>
#include "../internal/decimal.h"

#define LIMB_BASE 1000000000UL
#define MAX_LIMBS 90

/* limbs[0..n) *= factor; returns the new n. */
static int multiply(unsigned int *limbs, int n, unsigned long factor) {
  unsigned long carry = 0;
  int i;
  for (i = 0; i < n; i++) {
    unsigned long t = limbs[i] * factor + carry;
    limbs[i] = t % LIMB_BASE;
    carry = t / LIMB_BASE;
  }
  while (carry) {
    limbs[n++] = carry % LIMB_BASE;
    carry /= LIMB_BASE;
  }
  return n;
}

void __decimal_from_double(double x, struct decimal *d) {
  unsigned long bits, m;
  int biased;
  memcpy(&bits, &x, sizeof bits);
  biased = (bits >> 52) & 0x7ff;
  m = bits & 0xfffffffffffffUL;
  if (biased)
    __decimal_from_binary(m | 1UL << 52, biased - 1075, d);
  else
    __decimal_from_binary(m, -1074, d);
}

void __decimal_from_binary(unsigned long m, int e, struct decimal *d) {
  unsigned int limbs[MAX_LIMBS];
  unsigned int v;
  char top[10];
  int n = 0, len = 0, t = 0, i, k;
  d->len = 0;
  d->point = 1;
  if (!m)
    return;
  for (; m; m /= LIMB_BASE)
    limbs[n++] = m % LIMB_BASE;
  for (k = e; k >= 29; k -= 29)
    n = multiply(limbs, n, 1UL << 29);
  if (k > 0)
    n = multiply(limbs, n, 1UL << k);
  for (k = -e; k >= 13; k -= 13)
    n = multiply(limbs, n, 1220703125UL);
  for (; k > 0; k--)
    n = multiply(limbs, n, 5);
  /* The top limb without leading zeros, then every other limb as nine digits. */
  for (v = limbs[n - 1]; v; v /= 10)
    top[t++] = '0' + v % 10;
  while (t)
    d->digits[len++] = top[--t];
  for (i = n - 2; i >= 0; i--) {
    v = limbs[i];
    for (k = 8; k >= 0; k--) {
      d->digits[len + k] = '0' + v % 10;
      v /= 10;
    }
    len += 9;
  }
  d->point = e < 0 ? len + e : len;
  while (d->digits[len - 1] == '0')
    len--;
  d->len = len;
}

void __decimal_round(struct decimal *d, int keep) {
  int up, i;
  if (keep >= d->len)
    return;
  if (keep < 0) {
    d->len = 0;
    return;
  }
  /* Trailing zeros are stripped, so any digit after the first dropped one is non-zero. */
  up = d->digits[keep] > '5' || (d->digits[keep] == '5' && (keep + 1 < d->len || (keep > 0 && (d->digits[keep - 1] - '0') % 2)));
  d->len = keep;
  if (up) {
    for (i = keep - 1; i >= 0 && d->digits[i] == '9'; i--)
      ;
    if (i < 0) {
      d->digits[0] = '1';
      d->len = 1;
      d->point++;
      return;
    }
    d->digits[i]++;
    d->len = i + 1;
  }
  while (d->len && d->digits[d->len - 1] == '0')
    d->len--;
}
