/* toupper: the uppercase letter for a lowercase one; anything else unchanged. */
#include <ctype.h>

int toupper(int c) {
  return islower(c) ? c & 0x5f : c;
}
