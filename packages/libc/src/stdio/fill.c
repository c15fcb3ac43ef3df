/* __stdio_fill: refill a FILE's read buffer. Before reading from a terminal or a pipe the
   user is typing into, pending output on line-buffered streams is flushed (so a prompt
   appears before the program waits), as glibc does. Reads go to buf + UNGET_ROOM, leaving
   room for ungetc in front. */
#include <unistd.h>
#include <errno.h>
#include "../internal/stdio_impl.h"

size_t __stdio_fill(FILE *f) {
  long n;
  if (!(f->flags & F_SETUP))
    __stdio_setup(f);
  if (f->flags & F_STRING) {
    f->flags |= F_EOF;
    return 0;
  }
  if (!(f->flags & F_READ)) {
    f->flags |= F_ERR;
    return 0;
  }
  if (!(f->flags & F_READING)) {
    if (__stdio_flush(f))
      return 0;
    f->flags |= F_READING;
  }
  if (f->mode != _IOFBF && (stdout->flags & F_SETUP) && stdout->mode == _IOLBF && !(stdout->flags & F_READING))
    __stdio_flush(stdout);
  do
    n = read(f->fd, f->buf + UNGET_ROOM, f->mode == _IONBF ? 1 : f->size - UNGET_ROOM);
  while (n < 0 && errno == EINTR);
  if (n <= 0) {
    f->flags |= n ? F_ERR : F_EOF;
    f->pos = f->end = 0;
    return 0;
  }
  f->pos = UNGET_ROOM;
  f->end = UNGET_ROOM + n;
  return n;
}
