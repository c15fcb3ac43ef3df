/* stdio_impl.h (internal): the FILE structure and the few internal entry points the stdio
   functions share.

   A FILE owns a buffer and is, at any moment, either reading or writing:
   - writing: buf[0..pos) holds bytes not yet written to fd;
   - reading: buf[pos..end) holds bytes read from fd but not yet consumed; reads refill at
     buf + UNGET_ROOM, so ungetc can always push a few bytes back in front.
   A string FILE (sprintf, sscanf) has no file descriptor: its buffer IS the string. */
#ifndef _GLASS_STDIO_IMPL_H
#define _GLASS_STDIO_IMPL_H

#include <stdio.h>

#define F_READ 1       /* opened for reading */
#define F_WRITE 2      /* opened for writing */
#define F_EOF 4        /* end-of-file indicator */
#define F_ERR 8        /* error indicator */
#define F_STRING 16    /* a string, not a file descriptor: extra output is dropped */
#define F_APPEND 32    /* every write goes to the end of the file */
#define F_FREEBUF 64   /* buf came from malloc */
#define F_FREEFILE 128 /* the FILE itself came from malloc */
#define F_READING 256  /* the buffer holds read-ahead */
#define F_SETUP 512    /* buffering chosen and the FILE is on the open list */

#define UNGET_ROOM 8

struct _IO_FILE {
  int fd;
  int flags;
  int mode;           /* _IOFBF, _IOLBF or _IONBF, chosen at setup */
  unsigned char *buf;
  size_t size;        /* bytes in buf */
  size_t pos, end;
  struct _IO_FILE *next;  /* the open list, for fflush(NULL) and exit */
};

/* Chooses the buffering of a FILE on its first use and links it on the open list. */
void __stdio_setup(FILE *f);
/* Writes out the pending output of f; 0 or EOF (with the error indicator set). */
int __stdio_flush(FILE *f);
/* Writes n bytes at s to f's file descriptor, retrying short writes; 0 or EOF. */
int __stdio_write(FILE *f, const void *s, size_t n);
/* Appends n bytes to f's output, flushing as its buffering mode says; the bytes accepted. */
size_t __stdio_put(FILE *f, const char *s, size_t n);
/* The open list (setup.c), and its flush: every FILE with output pending (fflush(NULL)). */
extern FILE *__stdio_open_files;
int __stdio_flush_all(void);
/* Refills f's read buffer; the bytes available, 0 at end of file or on error. */
size_t __stdio_fill(FILE *f);
/* Gives up f's read-ahead (moving the fd back) before f writes or seeks; 0 or EOF. */
int __stdio_unread(FILE *f);
/* Parses an fopen mode ("r", "w+", "ab" …) into open(2) flags, or -1. */
int __stdio_mode_flags(const char *mode);
/* Fills in a FILE that reads or writes a string of n bytes at s. */
void __stdio_string_file(FILE *f, char *s, size_t n, int flags);
/* The printf engine: formats into f, returns the characters produced (-1 on output error). */
int __vformat(FILE *f, const char *format, va_list ap);
/* The scanf engine: reads from f, returns the assignments made (EOF if input failed first). */
int __vscan(FILE *f, const char *format, va_list ap);

/* Formats one floating conversion (f F e E g G a A) with printf flags; characters written. */
#define FMT_MINUS 1
#define FMT_PLUS 2
#define FMT_SPACE 4
#define FMT_HASH 8
#define FMT_ZERO 16
int __format_double(FILE *f, double x, int conv, int flags, int width, int precision);

/* The hook exit() calls to flush every open FILE, set by __stdio_setup. */
extern void (*__stdio_exit_hook)(void);

#endif
