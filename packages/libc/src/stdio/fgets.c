/* fgets: read a line (up to and including '\n') into s, at most n - 1 bytes, then a NUL.
   NULL when end of file came before any byte, or on error. */
#include "../internal/stdio_impl.h"

char *fgets(char *s, int n, FILE *f) {
  int i = 0, c = 0;
  if (n <= 0)
    return NULL;
  while (i < n - 1 && (c = fgetc(f)) != EOF) {
    s[i++] = c;
    if (c == '\n')
      break;
  }
  if (!i || (c == EOF && ferror(f)))
    return NULL;
  s[i] = 0;
  return s;
}
