/* fopen and fdopen: a FILE over a file descriptor, with a BUFSIZ buffer from malloc; and
   __stdio_mode_flags, which reads the mode string (C11 7.21.5.3):
     "r" read   "w" write, create, truncate   "a" write at the end, create
     "+" also the other direction   "b" ignored (POSIX has no text mode)   "x" O_EXCL
     "e" O_CLOEXEC (a glibc extension). */
#include <fcntl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../internal/stdio_impl.h"

int __stdio_mode_flags(const char *mode) {
  int flags;
  if (*mode == 'r')
    flags = O_RDONLY;
  else if (*mode == 'w')
    flags = O_WRONLY | O_CREAT | O_TRUNC;
  else if (*mode == 'a')
    flags = O_WRONLY | O_CREAT | O_APPEND;
  else
    return -1;
  for (mode++; *mode; mode++) {
    if (*mode == '+')
      flags = (flags & ~O_ACCMODE) | O_RDWR;
    else if (*mode == 'x')
      flags |= O_EXCL;
    else if (*mode == 'e')
      flags |= O_CLOEXEC;
  }
  return flags;
}

FILE *fdopen(int fd, const char *mode) {
  int flags = __stdio_mode_flags(mode);
  FILE *f;
  if (flags < 0) {
    errno = EINVAL;
    return NULL;
  }
  f = malloc(sizeof *f + BUFSIZ + UNGET_ROOM);
  if (!f)
    return NULL;
  memset(f, 0, sizeof *f);
  f->fd = fd;
  f->flags = F_FREEFILE;
  if ((flags & O_ACCMODE) != O_WRONLY)
    f->flags |= F_READ;
  if ((flags & O_ACCMODE) != O_RDONLY)
    f->flags |= F_WRITE;
  if (flags & O_APPEND)
    f->flags |= F_APPEND;
  f->mode = _IOFBF;
  f->buf = (unsigned char *)(f + 1);
  f->size = BUFSIZ + UNGET_ROOM;
  return f;
}

FILE *fopen(const char *path, const char *mode) {
  int flags = __stdio_mode_flags(mode), fd;
  FILE *f;
  if (flags < 0) {
    errno = EINVAL;
    return NULL;
  }
  fd = open(path, flags, 0666);
  if (fd < 0)
    return NULL;
  f = fdopen(fd, mode);
  if (!f)
    close(fd);
  return f;
}
