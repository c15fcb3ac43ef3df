/* tolower: the lowercase letter for an uppercase one; anything else unchanged. */
#include <ctype.h>

int tolower(int c) {
  return isupper(c) ? c | 32 : c;
}
