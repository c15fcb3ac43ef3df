/* strlen: count the bytes before the terminating NUL. */
#include <string.h>

size_t strlen(const char *s) {
  const char *p = s;
  while (*p)
    p++;
  return p - s;
}
