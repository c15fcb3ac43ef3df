/* strncpy: copy at most n bytes of src, then pad with NULs up to n (no NUL when src is
   n bytes or longer). */
#include <string.h>

char *strncpy(char *dst, const char *src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i]; i++)
    dst[i] = src[i];
  for (; i < n; i++)
    dst[i] = 0;
  return dst;
}
