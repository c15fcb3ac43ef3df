/* memccpy: copy bytes up to and including the first (unsigned char)c, at most n; returns
   the byte after the copied c in dst, or NULL when c was not among them. */
#include <string.h>

void *memccpy(void *dst, const void *src, int c, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  for (; n; n--) {
    *d = *s++;
    if (*d++ == (unsigned char)c)
      return d;
  }
  return NULL;
}
