/* fseek, fseeko, ftell, ftello, rewind, fgetpos, fsetpos: a FILE's position. The position
   is the file descriptor's offset corrected for what the buffer holds: minus the read-ahead
   not yet consumed, plus the output not yet written. Seeking flushes output, gives
   back read-ahead (fflush moves the descriptor to the logical position) and clears the end-of-file indicator. */
#include <unistd.h>
#include "../internal/stdio_impl.h"

int fseeko(FILE *f, off_t offset, int whence) {
  if (fflush(f))
    return -1;
  f->flags &= ~F_EOF;
  return lseek(f->fd, offset, whence) < 0 ? -1 : 0;
}

int fseek(FILE *f, long offset, int whence) {
  return fseeko(f, offset, whence);
}

off_t ftello(FILE *f) {
  off_t at = lseek(f->fd, 0, (f->flags & F_APPEND) && !(f->flags & F_READING) && f->pos ? SEEK_END : SEEK_CUR);
  if (at < 0)
    return -1;
  if (f->flags & F_READING)
    return at - (off_t)(f->end - f->pos);
  return at + f->pos;
}

long ftell(FILE *f) {
  return ftello(f);
}

void rewind(FILE *f) {
  fseeko(f, 0, SEEK_SET);
  f->flags &= ~F_ERR;
}

int fgetpos(FILE *f, fpos_t *pos) {
  off_t at = ftello(f);
  if (at < 0)
    return -1;
  *pos = at;
  return 0;
}

int fsetpos(FILE *f, const fpos_t *pos) {
  return fseeko(f, *pos, SEEK_SET);
}
