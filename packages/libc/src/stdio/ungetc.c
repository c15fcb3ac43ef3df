/* ungetc: push one byte back so the next read returns it; clears the end-of-file
   indicator. The read buffer keeps UNGET_ROOM bytes in front for this. */
#include "../internal/stdio_impl.h"

int ungetc(int c, FILE *f) {
  if (c == EOF)
    return EOF;
  if (f->flags & F_STRING) {
    /* A string FILE may be read-only memory: only step back over the byte just read. */
    if (!f->pos || f->buf[f->pos - 1] != (unsigned char)c)
      return EOF;
    f->pos--;
    f->flags &= ~F_EOF;
    return (unsigned char)c;
  }
  if (!(f->flags & F_READING)) {
    if (!(f->flags & F_SETUP))
      __stdio_setup(f);
    if (!(f->flags & F_READ) || __stdio_flush(f))
      return EOF;
    f->flags |= F_READING;
    f->pos = f->end = UNGET_ROOM;
  }
  if (f->pos == 0)
    return EOF;
  f->buf[--f->pos] = c;
  f->flags &= ~F_EOF;
  return (unsigned char)c;
}
