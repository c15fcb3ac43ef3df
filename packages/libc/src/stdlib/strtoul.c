/* strtoul and strtoull: a string to an unsigned long; a '-' negates in unsigned arithmetic
   ("-1" is ULONG_MAX), and a magnitude too big gives ULONG_MAX with errno = ERANGE. */
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include "../internal/strto.h"

unsigned long strtoul(const char *s, char **end, int base) {
  int negative, overflow;
  unsigned long m = __strto_magnitude(s, end, base, &negative, &overflow);
  if (overflow) {
    errno = ERANGE;
    return ULONG_MAX;
  }
  return negative ? -m : m;
}

unsigned long long strtoull(const char *s, char **end, int base) {
  return strtoul(s, end, base);
}
