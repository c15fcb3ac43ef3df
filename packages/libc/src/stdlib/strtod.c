/* strtod, strtof, atof: a string to the nearest double (C11 7.22.1.3), rounded exactly as
   glibc rounds: to nearest, ties to even, however many digits the string has.

   Accepted: [space][sign] then "inf", "infinity", "nan", "nan(chars)" (any case), a hex
   float 0x<hex digits>[.<hex digits>][p<exponent>], or decimal digits [. digits][e exponent].

   Decimal input is read into the same exact-expansion form printf uses (decimal.h):
   0.d1 d2 d3 ... * 10^point, keeping DECIMAL_DIGITS digits and remembering whether any
   non-zero digit was dropped. A first guess comes from the leading 19 digits scaled by
   powers of ten in double arithmetic (a few units in the last place off at most). Then the
   guess is corrected exactly: the midpoint between the guess and its upper neighbour is
   (2m + 1) * 2^(e-1), whose exact expansion is compared with the input; while the input is
   above it, step up; while it is below the lower midpoint, step down; on a tie the even
   neighbour wins. ERANGE is set on overflow (HUGE_VAL) and when the result is inexact and
   below the normal range before rounding (glibc's underflow rule). */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <string.h>
#include "../internal/decimal.h"

#define INF_BITS 0x7ff0000000000000UL
#define TINY (1UL << 63) /* result flag: the exact value is below the normal range */

static double from_bits(unsigned long bits) {
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

/* The exact value of the midpoint between the doubles with bits b and b + 1. */
static void midpoint_above(unsigned long b, struct decimal *d) {
  int biased = b >> 52;
  unsigned long m = b & 0xfffffffffffffUL;
  if (biased)
    __decimal_from_binary(2 * (m | 1UL << 52) + 1, biased - 1076, d);
  else
    __decimal_from_binary(2 * m + 1, -1075, d);
}

/* Compares the input (digits plus "something non-zero was dropped") with a midpoint. */
static int compare_input(const struct decimal *in, int dropped, const struct decimal *mid) {
  int c = __decimal_compare(in, mid);
  return c ? c : dropped;
}

/* 10^n as a double, by squaring: exact up to 10^22, a few ulps off beyond. */
static double power_of_ten(int n) {
  double p = 1, square = 10;
  for (; n; n >>= 1, square *= square)
    if (n & 1)
      p *= square;
  return p;
}

static unsigned long nearest(const struct decimal *in, int dropped, int *inexact) {
  unsigned long lead = 0, b;
  struct decimal mid;
  double guess;
  int i, used = in->len < 19 ? in->len : 19, scale, c;
  for (i = 0; i < used; i++)
    lead = lead * 10 + (in->digits[i] - '0');
  scale = in->point - used;
  if (in->point > 310)
    return *inexact = 1, INF_BITS;
  if (in->point < -330)
    return *inexact = 1, 0;
  guess = (double)lead;
  if (scale >= 0)
    guess *= power_of_ten(scale);
  else if (scale < -300)
    guess = guess / power_of_ten(300) / power_of_ten(-scale - 300);
  else
    guess /= power_of_ten(-scale);
  memcpy(&b, &guess, sizeof b);
  if (b >= INF_BITS)
    b = INF_BITS - 1;
  for (;;) {
    midpoint_above(b, &mid);
    c = compare_input(in, dropped, &mid);
    if (c > 0 || (c == 0 && (b & 1))) {
      if (++b == INF_BITS)
        return *inexact = 1, INF_BITS;
      continue;
    }
    if (b) {
      midpoint_above(b - 1, &mid);
      c = compare_input(in, dropped, &mid);
      if (c < 0 || (c == 0 && (b & 1))) {
        b--;
        continue;
      }
    }
    break;
  }
  __decimal_from_double(from_bits(b), &mid);
  *inexact = dropped || __decimal_compare(in, &mid) != 0;
  /* Rounded up to the smallest normal number, but below it before rounding: still tiny. */
  if (b == 1UL << 52 && *inexact && __decimal_compare(in, &mid) < 0)
    b |= TINY;
  return b;
}

/* Matches a case-insensitive word at s; returns its length or 0. */
static int word(const char *s, const char *w) {
  int n = 0;
  for (; w[n]; n++)
    if (tolower((unsigned char)s[n]) != w[n])
      return 0;
  return n;
}

/* 0x<hex>[.<hex>][p[sign]digits]: the bits, rounded to nearest even; p points after "0x". */
static unsigned long hex_float(const char **p, int *inexact) {
  const char *s = *p;
  unsigned long m = 0, b, rest, half;
  int exponent = 0, sticky = 0, point = 0, shift;
  for (;; s++) {
    int v;
    if (*s == '.' && !point) {
      point = 1;
      continue;
    }
    if (!isxdigit((unsigned char)*s))
      break;
    v = isdigit((unsigned char)*s) ? *s - '0' : (*s | 32) - 'a' + 10;
    if (m >> 60)
      sticky |= v != 0, exponent += point ? 0 : 4;
    else
      m = m * 16 + v, exponent -= point ? 4 : 0;
  }
  if ((*s | 32) == 'p') {
    const char *e = s + 1;
    int negative = 0, x = 0;
    if (*e == '+' || *e == '-')
      negative = *e++ == '-';
    if (isdigit((unsigned char)*e)) {
      for (; isdigit((unsigned char)*e); e++)
        if (x < 100000)
          x = x * 10 + (*e - '0');
      exponent += negative ? -x : x;
      s = e;
    }
  }
  *p = s;
  if (!m)
    return *inexact = 0, 0;
  /* value = m * 2^exponent: normalize m to 64 bits, then keep 53 (fewer when subnormal). */
  while (!(m >> 63))
    m <<= 1, exponent--;
  exponent += 63; /* now value = 1.xxx * 2^exponent */
  if (exponent > 1023)
    return *inexact = 1, INF_BITS;
  shift = exponent >= -1022 ? 11 : 11 + (-1022 - exponent);
  if (shift > 64)
    return *inexact = 1, 0;
  rest = shift == 64 ? m : m & ((1UL << shift) - 1);
  half = 1UL << (shift - 1);
  b = shift == 64 ? 0 : m >> shift;
  *inexact = rest || sticky;
  if (rest > half || (rest == half && (sticky || (b & 1))))
    b++;
  if (exponent >= -1022)
    return ((unsigned long)(exponent + 1022) << 52) + b; /* the implicit 1 carries into the exponent field */
  return b | TINY;
}

double strtod(const char *s, char **end) {
  const char *p = s;
  struct decimal in;
  unsigned long bits;
  int negative = 0, dropped = 0, digits = 0, inexact = 0, finite = 1, n;
  while (isspace((unsigned char)*p))
    p++;
  if (*p == '+' || *p == '-')
    negative = *p++ == '-';
  if ((n = word(p, "infinity")) || (n = word(p, "inf"))) {
    bits = INF_BITS;
    finite = 0;
    p += n;
  } else if ((n = word(p, "nan"))) {
    bits = 0x7ff8000000000000UL;
    finite = 0;
    p += n;
    if (*p == '(') {
      const char *q = p + 1;
      while (isalnum((unsigned char)*q) || *q == '_')
        q++;
      if (*q == ')')
        p = q + 1;
    }
  } else if (p[0] == '0' && (p[1] | 32) == 'x' && (isxdigit((unsigned char)p[2]) || (p[2] == '.' && isxdigit((unsigned char)p[3])))) {
    p += 2;
    bits = hex_float(&p, &inexact);
  } else {
    int point_seen = 0;
    in.len = 0;
    in.point = 0;
    for (;; p++) {
      if (*p == '.' && !point_seen) {
        point_seen = 1;
        continue;
      }
      if (!isdigit((unsigned char)*p))
        break;
      digits++;
      if (*p == '0' && !in.len) {
        in.point -= point_seen;
        continue;
      }
      if (in.len < DECIMAL_DIGITS)
        in.digits[in.len++] = *p;
      else
        dropped |= *p != '0';
      in.point += !point_seen;
    }
    if (!digits) {
      if (end)
        *end = (char *)s;
      return 0;
    }
    if ((*p | 32) == 'e') {
      const char *q = p + 1;
      int eneg = 0, x = 0;
      if (*q == '+' || *q == '-')
        eneg = *q++ == '-';
      if (isdigit((unsigned char)*q)) {
        for (; isdigit((unsigned char)*q); q++)
          if (x < 100000)
            x = x * 10 + (*q - '0');
        in.point += eneg ? -x : x;
        p = q;
      }
    }
    while (in.len && in.digits[in.len - 1] == '0')
      in.len--;
    bits = in.len ? nearest(&in, dropped, &inexact) : 0;
  }
  if (end)
    *end = (char *)p;
  if (finite && inexact && ((bits & TINY) || bits == INF_BITS || bits < 1UL << 52))
    errno = ERANGE;
  return from_bits((bits & ~TINY) | (unsigned long)negative << 63);
}

float strtof(const char *s, char **end) {
  return strtod(s, end);
}

double atof(const char *s) {
  return strtod(s, NULL);
}
