/* bsearch: binary search of a sorted array for an element equal to *key, or NULL. */
#include <stdlib.h>

void *bsearch(const void *key, const void *base, size_t count, size_t size, int (*compare)(const void *, const void *)) {
  const char *lo = base;
  while (count) {
    const char *mid = lo + (count / 2) * size;
    int c = compare(key, mid);
    if (c == 0)
      return (void *)mid;
    if (c > 0) {
      lo = mid + size;
      count -= count / 2 + 1;
    } else {
      count /= 2;
    }
  }
  return NULL;
}
