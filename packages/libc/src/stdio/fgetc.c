/* fgetc, getc, getchar: the next byte as an unsigned char, or EOF at end of file or on
   error. */
#include "../internal/stdio_impl.h"

int fgetc(FILE *f) {
  if ((!(f->flags & F_READING) || f->pos == f->end) && !__stdio_fill(f))
    return EOF;
  return f->buf[f->pos++];
}

int getc(FILE *f) {
  return fgetc(f);
}

int getchar(void) {
  return fgetc(stdin);
}
