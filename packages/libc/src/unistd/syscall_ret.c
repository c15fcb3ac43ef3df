/* __syscall_ret: turn a raw kernel result into the C convention. Linux returns -errno
   (-4095..-1) on failure; C wrappers return -1 and leave the code in errno. */
#include <errno.h>
#include "../internal/syscall.h"

long __syscall_ret(long r) {
  if (r < 0 && r > -4096) {
    errno = -r;
    return -1;
  }
  return r;
}
