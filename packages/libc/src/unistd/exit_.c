/* _exit and _Exit: end the process now, without flushing stdio or running atexit handlers.
   exit_group ends every thread of the process, which is what a C program's exit means. */
#include <unistd.h>
#include <stdlib.h>
#include "../internal/syscall.h"

void _exit(int status) {
  for (;;)
    __syscall1(SYS_exit_group, status);
}

void _Exit(int status) {
  _exit(status);
}
