/* fclose: flush a FILE, close its file descriptor and free it. The standard streams are
   static: closing one closes its descriptor and leaves the FILE unusable, as in glibc. */
#include <stdlib.h>
#include <unistd.h>
#include "../internal/stdio_impl.h"

/* Takes a FILE off the open list (setup.c). */
static void forget(FILE *f) {
  FILE **link;
  for (link = &__stdio_open_files; *link; link = &(*link)->next)
    if (*link == f) {
      *link = f->next;
      return;
    }
}

int fclose(FILE *f) {
  int r = fflush(f);
  if (close(f->fd) < 0)
    r = EOF;
  forget(f);
  if (f->flags & F_FREEBUF)
    free(f->buf);
  if (f->flags & F_FREEFILE)
    free(f);
  else
    f->flags = 0;
  return r;
}
