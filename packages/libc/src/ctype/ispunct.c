/* ispunct: is c printable and neither a space nor a letter or digit? */
#include <ctype.h>

int ispunct(int c) {
  return isgraph(c) && !isalnum(c);
}
