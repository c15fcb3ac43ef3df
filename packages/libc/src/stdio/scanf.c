/* scanf, fscanf, sscanf and their v-forms: formatted input from stdin, a FILE or a string
   (a read-only string FILE). */
#include <string.h>
#include "../internal/stdio_impl.h"

int vfscanf(FILE *f, const char *format, va_list ap) {
  return __vscan(f, format, ap);
}

int vscanf(const char *format, va_list ap) {
  return __vscan(stdin, format, ap);
}

int vsscanf(const char *s, const char *format, va_list ap) {
  FILE f;
  __stdio_string_file(&f, (char *)s, strlen(s), F_READ | F_READING);
  return __vscan(&f, format, ap);
}

int scanf(const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = __vscan(stdin, format, ap);
  va_end(ap);
  return r;
}

int fscanf(FILE *f, const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = __vscan(f, format, ap);
  va_end(ap);
  return r;
}

int sscanf(const char *s, const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = vsscanf(s, format, ap);
  va_end(ap);
  return r;
}
