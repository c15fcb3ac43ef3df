/* isgraph: is c printable and not a space (33-126)? */
#include <ctype.h>

int isgraph(int c) {
  return (unsigned int)c - 33 < 94;
}
