/* getenv: the value of NAME in the environment the kernel passed to _start (environ, set by
   __libc_start_main), or NULL. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *getenv(const char *name) {
  size_t n = strlen(name);
  char **e;
  if (!environ)
    return NULL;
  for (e = environ; *e; e++)
    if (!strncmp(*e, name, n) && (*e)[n] == '=')
      return *e + n + 1;
  return NULL;
}
