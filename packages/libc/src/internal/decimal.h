/* decimal.h (internal): a double written out exactly in decimal, for printf's %f %e %g and
   by strtod to
   decide rounding exactly. Every finite double is m * 2^e with m < 2^53, so it has a finite
   decimal expansion: at most 767 significant digits (the smallest subnormal, 2^-1074). */
#ifndef _GLASS_DECIMAL_H
#define _GLASS_DECIMAL_H

#define DECIMAL_DIGITS 780

/* value = 0.digits[0] digits[1] ... digits[len-1] * 10^point; no trailing zeros; zero has
   len == 0. The digits are ASCII '0'..'9'. */
struct decimal {
  int len;
  int point;
  char digits[DECIMAL_DIGITS];
};

/* The exact expansion of |x| (x finite). */
void __decimal_from_double(double x, struct decimal *d);
/* The exact expansion of m * 2^e, for m < 2^54 and -1075 <= e <= 971. */
void __decimal_from_binary(unsigned long m, int e, struct decimal *d);
/* Compares two expansions: <0, 0 or >0 as a is below, equal to or above b. */
int __decimal_compare(const struct decimal *a, const struct decimal *b);
/* Rounds to the first `keep` digits (keep may be <= 0), to nearest, ties to even: the
   rounding glibc's printf does in the default rounding mode. */
void __decimal_round(struct decimal *d, int keep);

#endif
