/* strcat: append src to the string in dst. */
#include <string.h>

char *strcat(char *dst, const char *src) {
  strcpy(dst + strlen(dst), src);
  return dst;
}
