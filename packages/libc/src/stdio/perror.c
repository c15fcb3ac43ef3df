/* perror: "s: message for errno\n" on stderr (just the message when s is NULL or empty). */
#include <stdio.h>
#include <string.h>
#include <errno.h>

void perror(const char *s) {
  const char *message = strerror(errno);
  if (s && *s) {
    fputs(s, stderr);
    fputs(": ", stderr);
  }
  fputs(message, stderr);
  fputc('\n', stderr);
}
