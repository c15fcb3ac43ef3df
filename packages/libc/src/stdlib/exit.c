/* exit and atexit: the orderly end of a program (C11 7.22.4). exit runs the atexit handlers
   in reverse order of registration, then the destructors in .fini_array (last first), then
   flushes and closes stdio, then ends the process with exit_group.
   stdio is reached through a hook it installs when it is first used, so a program that never
   touches stdio does not carry it. */
#include <stdlib.h>
#include <unistd.h>

#define ATEXIT_MAX 32

static void (*handlers[ATEXIT_MAX])(void);
static int handler_count;

void (*__stdio_exit_hook)(void);

extern void (*__fini_array_start[])(void);
extern void (*__fini_array_end[])(void);

int atexit(void (*fn)(void)) {
  if (handler_count == ATEXIT_MAX)
    return -1;
  handlers[handler_count++] = fn;
  return 0;
}

void exit(int status) {
  long i = __fini_array_end - __fini_array_start;
  while (handler_count)
    handlers[--handler_count]();
  while (i)
    __fini_array_start[--i]();
  if (__stdio_exit_hook)
    __stdio_exit_hook();
  _exit(status);
}
