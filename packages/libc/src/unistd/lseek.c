/* lseek: move a file descriptor's offset (lseek(2)). */
#include <unistd.h>
#include "../internal/syscall.h"

off_t lseek(int fd, off_t offset, int whence) {
  return __syscall_ret(__syscall3(SYS_lseek, fd, offset, whence));
}
