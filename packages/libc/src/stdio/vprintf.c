/* vprintf: formatted output to stdout from a va_list (C11 7.21.6.10). */
#include "../internal/stdio_impl.h"

int vprintf(const char *format, va_list ap) {
  return vfprintf(stdout, format, ap);
}
