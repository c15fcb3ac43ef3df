/* qsort: sort count elements of `size` bytes with compare. A heapsort: O(n log n) in the
   worst case, no recursion and no extra memory; elements move by byte swaps. (Like any
   unstable sort, equal elements may end up in a different order than with glibc's merge
   sort, so tests compare with total orders.) */
#include <stdlib.h>

static void swap(char *a, char *b, size_t size) {
  while (size--) {
    char t = *a;
    *a++ = *b;
    *b++ = t;
  }
}

/* Moves element `root` down until the subtree under it, within the first n elements, is a
   max-heap again. */
static void sift_down(char *base, size_t root, size_t n, size_t size, int (*compare)(const void *, const void *)) {
  for (;;) {
    size_t child = 2 * root + 1;
    if (child >= n)
      return;
    if (child + 1 < n && compare(base + child * size, base + (child + 1) * size) < 0)
      child++;
    if (compare(base + root * size, base + child * size) >= 0)
      return;
    swap(base + root * size, base + child * size, size);
    root = child;
  }
}

void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *)) {
  char *b = base;
  size_t i;
  for (i = count / 2; i > 0; i--)
    sift_down(b, i - 1, count, size, compare);
  for (i = count; i > 1; i--) {
    swap(b, b + (i - 1) * size, size);
    sift_down(b, 0, i - 1, size, compare);
  }
}
