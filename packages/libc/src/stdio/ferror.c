/* ferror: a FILE's error indicator (C11 7.21.10.3). */
#include "../internal/stdio_impl.h"

int ferror(FILE *f) {
  return (f->flags & F_ERR) != 0;
}
