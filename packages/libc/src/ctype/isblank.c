/* isblank: is c a blank: ' ' or '\t'? */
#include <ctype.h>

int isblank(int c) {
  return c == ' ' || c == '\t';
}
