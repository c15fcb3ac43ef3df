/* ftruncate: set a file's length (ftruncate(2)). */
#include <unistd.h>
#include "../internal/syscall.h"

int ftruncate(int fd, off_t length) {
  return __syscall_ret(__syscall2(SYS_ftruncate, fd, length));
}
