/* sprintf, snprintf, vsprintf, vsnprintf: formatted output into a string. The string is
   the buffer of a string FILE (__stdio_string_file) that keeps the first n - 1 bytes and
   drops the rest; the result is the length the whole output would have had. */
#include <limits.h>
#include "../internal/stdio_impl.h"

void __stdio_string_file(FILE *f, char *s, size_t n, int flags) {
  f->fd = -1;
  f->flags = F_STRING | F_SETUP | flags;
  f->mode = _IOFBF;
  f->buf = (unsigned char *)s;
  f->size = n;
  f->pos = 0;
  f->end = (flags & F_READ) ? n : 0;
  f->next = NULL;
}

int vsnprintf(char *s, size_t n, const char *format, va_list ap) {
  FILE f;
  char dummy[1];
  int r;
  __stdio_string_file(&f, n ? s : dummy, n ? n - 1 : 0, F_WRITE);
  r = __vformat(&f, format, ap);
  f.buf[f.pos] = 0;
  return r;
}

int vsprintf(char *s, const char *format, va_list ap) {
  return vsnprintf(s, INT_MAX, format, ap);
}

int snprintf(char *s, size_t n, const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = vsnprintf(s, n, format, ap);
  va_end(ap);
  return r;
}

int sprintf(char *s, const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = vsnprintf(s, INT_MAX, format, ap);
  va_end(ap);
  return r;
}
