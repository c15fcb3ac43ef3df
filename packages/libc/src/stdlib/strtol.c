/* strtol and strtoll: a string to a signed long, clamped to LONG_MIN/LONG_MAX with
   errno = ERANGE when the value does not fit (C11 7.22.1.4). long long is long on LP64. */
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include "../internal/strto.h"

long strtol(const char *s, char **end, int base) {
  int negative, overflow;
  unsigned long m = __strto_magnitude(s, end, base, &negative, &overflow);
  unsigned long limit = negative ? (unsigned long)LONG_MAX + 1 : LONG_MAX;
  if (overflow || m > limit) {
    errno = ERANGE;
    return negative ? LONG_MIN : LONG_MAX;
  }
  return negative ? -(long)(m - 1) - 1 : (long)m;
}

long long strtoll(const char *s, char **end, int base) {
  return strtol(s, end, base);
}
