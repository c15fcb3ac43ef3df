/* mmap, munmap, mprotect: map, unmap and protect pages (mmap(2)). malloc gets its large
   blocks here. */
#include <sys/mman.h>
#include "../internal/syscall.h"

void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset) {
  return (void *)__syscall_ret(__syscall(SYS_mmap, (long)addr, length, prot, flags, fd, offset));
}

int munmap(void *addr, size_t length) {
  return __syscall_ret(__syscall2(SYS_munmap, addr, length));
}

int mprotect(void *addr, size_t length, int prot) {
  return __syscall_ret(__syscall3(SYS_mprotect, addr, length, prot));
}
