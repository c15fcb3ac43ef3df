/* fsync: write a file's data to its device (fsync(2)). */
#include <unistd.h>
#include "../internal/syscall.h"

int fsync(int fd) {
  return __syscall_ret(__syscall1(SYS_fsync, fd));
}
