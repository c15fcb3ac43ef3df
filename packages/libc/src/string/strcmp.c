/* strcmp: compare strings as unsigned chars (C11 7.24.4). */
#include <string.h>

int strcmp(const char *a, const char *b) {
  const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;
  while (*p && *p == *q)
    p++, q++;
  return *p - *q;
}
