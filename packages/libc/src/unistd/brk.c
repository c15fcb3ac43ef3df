/* brk and sbrk: move the program break, the end of the heap that starts after .bss. The
   brk(2) system call returns the new break, or the old one when it refuses; asking for 0
   tells the current break. */
#include <unistd.h>
#include <errno.h>
#include "../internal/syscall.h"

static char *current_break;

int brk(void *addr) {
  char *got = (char *)__syscall1(SYS_brk, addr);
  current_break = got;
  if (got != addr) {
    errno = ENOMEM;
    return -1;
  }
  return 0;
}

void *sbrk(long increment) {
  char *old;
  if (!current_break)
    current_break = (char *)__syscall1(SYS_brk, 0);
  old = current_break;
  if (increment && brk(old + increment) < 0)
    return (void *)-1;
  return old;
}
