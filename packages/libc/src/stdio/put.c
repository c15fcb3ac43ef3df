/* __stdio_put: the one path output takes into a FILE. Bytes collect in the buffer, which
   is written out when full, and in line-buffered mode also when a newline went in; an
   unbuffered FILE writes straight from the caller's bytes. A string FILE keeps what fits and drops the rest (snprintf). */
#include <string.h>
#include "../internal/stdio_impl.h"

size_t __stdio_put(FILE *f, const char *s, size_t n) {
  size_t done = 0;
  if (!(f->flags & F_SETUP))
    __stdio_setup(f);
  if (f->flags & F_STRING) {
    size_t room = f->size - f->pos;
    memcpy(f->buf + f->pos, s, n < room ? n : room);
    f->pos += n < room ? n : room;
    return n;
  }
  if (!(f->flags & F_WRITE)) {
    f->flags |= F_ERR;
    return 0;
  }
  if ((f->flags & F_READING) && __stdio_unread(f))
    return 0;
  if (f->mode == _IONBF)
    return __stdio_flush(f) || __stdio_write(f, s, n) ? 0 : n;
  while (done < n) {
    size_t room = f->size - f->pos, take = n - done < room ? n - done : room;
    memcpy(f->buf + f->pos, s + done, take);
    f->pos += take;
    done += take;
    if (f->pos == f->size && __stdio_flush(f))
      return done - take;
  }
  if (f->mode == _IOLBF && memchr(s, '\n', n) && __stdio_flush(f))
    return 0;
  return n;
}
