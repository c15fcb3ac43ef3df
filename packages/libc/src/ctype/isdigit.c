/* isdigit: is c a decimal digit '0'-'9'? */
#include <ctype.h>

int isdigit(int c) {
  return (unsigned int)c - '0' < 10;
}
