/* fwrite: write count items of size bytes; returns the items written in full. */
#include "../internal/stdio_impl.h"

size_t fwrite(const void *ptr, size_t size, size_t count, FILE *f) {
  size_t n = size * count;
  if (!n)
    return 0;
  return __stdio_put(f, ptr, n) / size;
}
