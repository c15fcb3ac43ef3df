/* vfprintf: formatted output to a FILE (C11 7.21.6.8), the function the rest of the printf
   family (printf, fprintf, vprintf) calls. On an unbuffered FILE (stderr) the whole call is
   collected in a buffer on the stack and written with one write(2), as glibc does, instead
   of one system call per piece. */
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
