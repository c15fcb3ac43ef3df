/* feof, clearerr, fileno: a FILE's end-of-file indicator and its file descriptor (ferror,
   which printf calls, is a member of its own). */
#include "../internal/stdio_impl.h"

int feof(FILE *f) {
  return (f->flags & F_EOF) != 0;
}

void clearerr(FILE *f) {
  f->flags &= ~(F_EOF | F_ERR);
}

int fileno(FILE *f) {
  return f->fd;
}
