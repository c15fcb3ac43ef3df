/* fprintf: formatted output to a FILE (C11 7.21.6.1). */
#include "../internal/stdio_impl.h"

int fprintf(FILE *f, const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = vfprintf(f, format, ap);
  va_end(ap);
  return r;
}
