/* fflush and __stdio_flush: write out a FILE's pending output (fflush(NULL): every FILE's);
   __stdio_write: write bytes to a FILE's descriptor, retrying short writes.
   On a FILE that was reading, fflush gives up the read-ahead and moves the file descriptor
   back to the FILE's logical position, as glibc does for seekable files. */
#include <unistd.h>
#include <errno.h>
#include "../internal/stdio_impl.h"


int __stdio_write(FILE *f, const void *s, size_t n) {
  size_t done = 0;
  while (done < n) {
    long w = write(f->fd, (const char *)s + done, n - done);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0) {
      f->flags |= F_ERR;
      return EOF;
    }
    done += w;
  }
  return 0;
}

int __stdio_flush(FILE *f) {
  size_t n = f->pos;
  f->pos = 0;
  return __stdio_write(f, f->buf, n);
}

int __stdio_unread(FILE *f) {
  if (f->flags & F_READING) {
    if (f->end > f->pos && lseek(f->fd, (long)f->pos - (long)f->end, SEEK_CUR) < 0)
      return EOF;
    f->flags &= ~F_READING;
    f->pos = f->end = 0;
  }
  return 0;
}

int fflush(FILE *f) {
  if (!f)
    return __stdio_flush_all();
  if (f->flags & F_STRING)
    return 0;
  if (f->flags & F_READING)
    return __stdio_unread(f);
  return __stdio_flush(f);
}
