/* fputs and puts: write a string (puts adds a newline). Both return a non-negative number
   on success, EOF on error. */
#include <string.h>
#include "../internal/stdio_impl.h"

int fputs(const char *s, FILE *f) {
  size_t n = strlen(s);
  return __stdio_put(f, s, n) == n ? 1 : EOF;
}

int puts(const char *s) {
  return fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF ? EOF : 1;
}
