/* __strto_magnitude: the scanner behind strtol and strtoul (C11 7.22.1.4). It skips white
   space, takes a sign, then the base prefix ("0x"/"0X" for base 16 or 0, a leading "0"
   meaning octal for base 0), then digits, watching for overflow before each step
   value * base + digit. A "0x" with no hex digit after it is the number 0 followed by "x". */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include "../internal/strto.h"

static int digit_value(int c) {
  if (isdigit(c))
    return c - '0';
  if (isalpha(c))
    return (c | 32) - 'a' + 10;
  return 99;
}

unsigned long __strto_magnitude(const char *s, char **end, int base, int *negative, int *overflow) {
  const char *p = s;
  const char *digits;
  unsigned long value = 0;
  int d;
  *negative = 0;
  *overflow = 0;
  if (base < 0 || base == 1 || base > 36) {
    errno = EINVAL;
    if (end)
      *end = (char *)s;
    return 0;
  }
  while (isspace((unsigned char)*p))
    p++;
  if (*p == '+' || *p == '-')
    *negative = *p++ == '-';
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && digit_value((unsigned char)p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = *p == '0' ? 8 : 10;
  }
  digits = p;
  for (; (d = digit_value((unsigned char)*p)) < base; p++) {
    if (value > (ULONG_MAX - d) / base)
      *overflow = 1;
    else
      value = value * base + d;
  }
  if (end)
    *end = (char *)(p == digits ? s : p);
  if (*overflow)
    return ULONG_MAX;
  return value;
}
