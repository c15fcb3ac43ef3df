/* isupper: is c an uppercase letter 'A'-'Z'? */
#include <ctype.h>

int isupper(int c) {
  return (unsigned int)c - 'A' < 26;
}
