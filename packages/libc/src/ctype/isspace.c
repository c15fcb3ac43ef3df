/* isspace: is c white space: ' ', '\t', '\n', '\v', '\f' or '\r'? */
#include <ctype.h>

int isspace(int c) {
  return c == ' ' || (unsigned int)c - '\t' < 5;
}
