/* remove: delete a file, or an empty directory (C11 7.21.4.1, POSIX: unlink, then rmdir
   when the path names a directory). */
#include <stdio.h>
#include <unistd.h>
#include <errno.h>

int remove(const char *path) {
  if (unlink(path) == 0)
    return 0;
  if (errno == EISDIR)
    return rmdir(path);
  return -1;
}
