/* printf: formatted output to stdout (C11 7.21.6.3). */
#include "../internal/stdio_impl.h"

int printf(const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = vfprintf(stdout, format, ap);
  va_end(ap);
  return r;
}
