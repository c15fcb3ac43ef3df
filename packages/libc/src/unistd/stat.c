/* stat, fstat, lstat, mkdir: file status and directory creation (newfstatat(2), fstat(2),
   mkdirat(2)). */
#include <sys/stat.h>
#include "../internal/syscall.h"

#define AT_SYMLINK_NOFOLLOW 0x100

int stat(const char *path, struct stat *st) {
  return __syscall_ret(__syscall4(SYS_newfstatat, AT_FDCWD, path, st, 0));
}

int lstat(const char *path, struct stat *st) {
  return __syscall_ret(__syscall4(SYS_newfstatat, AT_FDCWD, path, st, AT_SYMLINK_NOFOLLOW));
}

int fstat(int fd, struct stat *st) {
  return __syscall_ret(__syscall2(SYS_fstat, fd, st));
}

int mkdir(const char *path, mode_t mode) {
  return __syscall_ret(__syscall3(SYS_mkdirat, AT_FDCWD, path, mode));
}
