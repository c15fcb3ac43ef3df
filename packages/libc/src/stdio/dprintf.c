/* dprintf and vdprintf (POSIX): formatted output straight to a file descriptor, through a
   FILE on the stack that is flushed at the end. */
#include "../internal/stdio_impl.h"

int vdprintf(int fd, const char *format, va_list ap) {
  unsigned char buf[512];
  FILE f;
  int r;
  f.fd = fd;
  f.flags = F_WRITE | F_SETUP;
  f.mode = _IOFBF;
  f.buf = buf;
  f.size = sizeof buf;
  f.pos = f.end = 0;
  f.next = NULL;
  r = __vformat(&f, format, ap);
  return __stdio_flush(&f) ? -1 : r;
}

int dprintf(int fd, const char *format, ...) {
  va_list ap;
  int r;
  va_start(ap, format);
  r = vdprintf(fd, format, ap);
  va_end(ap);
  return r;
}
