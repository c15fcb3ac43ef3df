/* iscntrl: is c a control character (0-31 or 127)? */
#include <ctype.h>

int iscntrl(int c) {
  return (unsigned int)c < 32 || c == 127;
}
