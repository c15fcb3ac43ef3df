/* strtok: strtok_r with one hidden position for the whole program. */
#include <string.h>

static char *position;

char *strtok(char *s, const char *delim) {
  return strtok_r(s, delim, &position);
}
