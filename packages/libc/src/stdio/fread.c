/* fread: read count items of size bytes; returns the items read in full (fewer at end of
   file or on error: feof and ferror tell which). */
#include <string.h>
#include "../internal/stdio_impl.h"

size_t fread(void *ptr, size_t size, size_t count, FILE *f) {
  size_t want = size * count, got = 0;
  if (!want)
    return 0;
  while (got < want) {
    size_t avail = (f->flags & F_READING) ? f->end - f->pos : 0;
    if (!avail && !(avail = __stdio_fill(f)))
      break;
    if (avail > want - got)
      avail = want - got;
    memcpy((char *)ptr + got, f->buf + f->pos, avail);
    f->pos += avail;
    got += avail;
  }
  return got / size;
}
