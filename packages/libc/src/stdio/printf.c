/* printf, fprintf, vprintf, vfprintf: formatted output to a FILE. On an unbuffered FILE
   (stderr) the whole call is collected in a buffer on the stack and written with one
   write(2), as glibc does, instead of one system call per piece. */
#include "../internal/stdio_impl.h"

int vfprintf(FILE *f, const char *format, va_list ap) {
  unsigned char local[512];
  unsigned char *buf;
  size_t size;
  int r;
  if (!(f->flags & F_SETUP))
    __stdio_setup(f);
  if (f->mode != _IONBF)
    return __vformat(f, format, ap);
  buf = f->buf;
  size = f->size;
  f->buf = local;
  f->size = sizeof local;
  f->mode = _IOFBF;
  r = __vformat(f, format, ap);
  if (__stdio_flush(f))
    r = -1;
  f->buf = buf;
  f->size = size;
  f->mode = _IONBF;
  return r;
}

int vprintf(const char *format, va_list ap) {
  return vfprintf(stdout, format, ap);
}

int fprintf(FILE *f, const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = vfprintf(f, format, ap);
  va_end(ap);
  return r;
}

int printf(const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = vfprintf(stdout, format, ap);
  va_end(ap);
  return r;
}
