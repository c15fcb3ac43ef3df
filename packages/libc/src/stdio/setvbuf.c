/* setvbuf and setbuf: choose a FILE's buffering before its first use (_IOFBF full,
   _IOLBF line, _IONBF none), optionally with the caller's buffer. */
#include "../internal/stdio_impl.h"

int setvbuf(FILE *f, char *buf, int mode, size_t size) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF)
    return -1;
  if (buf && size > UNGET_ROOM) {
    f->buf = (unsigned char *)buf;
    f->size = size;
  }
  f->mode = mode;
  if (!(f->flags & F_SETUP))
    __stdio_setup(f);
  f->mode = mode;
  return 0;
}

void setbuf(FILE *f, char *buf) {
  setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}
