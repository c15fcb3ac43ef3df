/* isprint: is c printable, space included (32-126)? */
#include <ctype.h>

int isprint(int c) {
  return (unsigned int)c - 32 < 95;
}
