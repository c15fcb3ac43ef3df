/* isascii: is c a 7-bit ASCII value? */
#include <ctype.h>

int isascii(int c) {
  return (unsigned int)c < 128;
}
