/* memset: fill n bytes with (unsigned char)c. */
#include <string.h>

void *memset(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  while (n--)
    *d++ = c;
  return dst;
}
