/* isatty: is fd a terminal? Asks for the terminal's attributes (ioctl TCGETS, 0x5401 on
   both targets), which only a terminal has; stdio uses it to choose line buffering. */
#include <unistd.h>
#include <errno.h>
#include "../internal/syscall.h"

#define TCGETS 0x5401

int isatty(int fd) {
  char termios[64];
  long r = __syscall3(SYS_ioctl, fd, TCGETS, termios);
  if (r < 0) {
    errno = -r == EBADF ? EBADF : ENOTTY;
    return 0;
  }
  return 1;
}
