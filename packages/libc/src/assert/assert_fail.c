/* __assert_fail: what a failed assert() does: print glibc's message on stderr, then abort.
   The program's name is argv[0], which glibc calls program_invocation_name. */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

extern char *__progname_full;

void __assert_fail(const char *expr, const char *file, unsigned int line, const char *func) {
  fprintf(stderr, "%s: %s:%u: %s: Assertion `%s' failed.\n", __progname_full, file, line, func, expr);
  abort();
}
