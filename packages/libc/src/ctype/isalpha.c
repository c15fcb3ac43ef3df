/* isalpha: is c a letter? */
#include <ctype.h>

int isalpha(int c) {
  return islower(c) || isupper(c);
}
