/* __stdio_setup: the first use of a FILE. It chooses the buffering glibc would (a stream
   that is a terminal is line-buffered; stderr stays unbuffered), puts the FILE on the open
   list, and asks exit() to flush that list: a program that never uses stdio never pays for
   it. __stdio_flush_all is that flush, also fflush(NULL). (fclose takes a FILE off the list.) */
#include <unistd.h>
#include "../internal/stdio_impl.h"

FILE *__stdio_open_files;

static void flush_all(void) {
  __stdio_flush_all();
}

void __stdio_setup(FILE *f) {
  f->flags |= F_SETUP;
  if (f->mode == _IOFBF && !(f->flags & F_STRING) && isatty(f->fd))
    f->mode = _IOLBF;
  if (f->flags & F_STRING)
    return;
  f->next = __stdio_open_files;
  __stdio_open_files = f;
  __stdio_exit_hook = flush_all;
}

/* Flushes every open FILE that has output pending; EOF if one of them failed. */
int __stdio_flush_all(void) {
  FILE *f;
  int r = 0;
  for (f = __stdio_open_files; f; f = f->next)
    if ((f->flags & F_WRITE) && !(f->flags & F_READING) && f->pos && __stdio_flush(f))
      r = EOF;
  return r;
}
