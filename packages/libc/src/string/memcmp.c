/* memcmp: compare n bytes as unsigned chars; the sign of the first difference decides. */
#include <string.h>

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *p = a, *q = b;
  for (; n; n--, p++, q++)
    if (*p != *q)
      return *p - *q;
  return 0;
}
