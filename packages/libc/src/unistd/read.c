/* read: read up to count bytes from a file descriptor (read(2)). */
#include <unistd.h>
#include "../internal/syscall.h"

ssize_t read(int fd, void *buf, size_t count) {
  return __syscall_ret(__syscall3(SYS_read, fd, buf, count));
}
