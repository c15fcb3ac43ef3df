/* memmove: copy n bytes between objects that may overlap: forwards when the destination is
   below the source, backwards otherwise, so no byte is overwritten before it is read. */
#include <string.h>

void *memmove(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (d < s) {
    while (n--)
      *d++ = *s++;
  } else {
    while (n--)
      d[n] = s[n];
  }
  return dst;
}
