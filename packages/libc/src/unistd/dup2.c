/* dup2: duplicate a file descriptor onto newfd (dup3(2), which AArch64 has instead of dup2).
   dup3 refuses fd == newfd, where dup2 only checks that fd is open (fcntl F_GETFD). */
#include <unistd.h>
#include "../internal/syscall.h"

#define F_GETFD 1

int dup2(int fd, int newfd) {
  if (fd == newfd)
    return __syscall_ret(__syscall2(SYS_fcntl, fd, F_GETFD)) < 0 ? -1 : fd;
  return __syscall_ret(__syscall3(SYS_dup3, fd, newfd, 0));
}
