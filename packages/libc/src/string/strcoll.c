/* strcoll: locale-aware comparison; Glass libc has only the "C" locale, where it is strcmp. */
#include <string.h>

int strcoll(const char *a, const char *b) {
  return strcmp(a, b);
}
