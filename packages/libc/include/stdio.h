/* stdio.h: standard input/output (C11 7.21). A FILE is a file descriptor with a buffer:
   stdout is line-buffered on a terminal and fully buffered otherwise, stderr is unbuffered,
   as in glibc. The struct's fields are private to the library (src/internal/stdio_impl.h). */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>

typedef __SIZE_TYPE__ size_t;
typedef long ssize_t;
typedef long off_t;
typedef long fpos_t;
#ifndef NULL
#define NULL ((void *)0)
#endif

typedef struct _IO_FILE FILE;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

#define EOF (-1)
#define BUFSIZ 8192
#define FILENAME_MAX 4096
#define FOPEN_MAX 16
#define L_tmpnam 20
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

int printf(const char *format, ...);
int fprintf(FILE *f, const char *format, ...);
int sprintf(char *s, const char *format, ...);
int snprintf(char *s, size_t n, const char *format, ...);
int dprintf(int fd, const char *format, ...);
int vprintf(const char *format, va_list ap);
int vfprintf(FILE *f, const char *format, va_list ap);
int vsprintf(char *s, const char *format, va_list ap);
int vsnprintf(char *s, size_t n, const char *format, va_list ap);
int vdprintf(int fd, const char *format, va_list ap);

/* printf's floating conversions (%f %e %g %a) live in their own archive member, linked only
   into a program that references __format_double: the mark of a translation unit that passes
   a floating argument through `...` (as MSVC's _fltused). A compiler that emits that reference
   itself predefines __GLASS_MARKS_FLOAT_VARARGS__; for any other compiler, including this
   header is the mark (every such program gets the floating conversions). The library's own
   sources (_GLASS_LIBC_SOURCE) are not programs and do not mark. */
#if !defined(__GLASS_MARKS_FLOAT_VARARGS__) && !defined(_GLASS_LIBC_SOURCE)
int __format_double(FILE *f, double x, int conv, int flags, int width, int precision);
static int (*const __glass_printf_float_mark)(FILE *, double, int, int, int, int) __attribute__((__used__)) = __format_double;
#endif

int scanf(const char *format, ...);
int fscanf(FILE *f, const char *format, ...);
int sscanf(const char *s, const char *format, ...);
int vscanf(const char *format, va_list ap);
int vfscanf(FILE *f, const char *format, va_list ap);
int vsscanf(const char *s, const char *format, va_list ap);

int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *s, FILE *f);
int puts(const char *s);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
char *fgets(char *s, int n, FILE *f);
int ungetc(int c, FILE *f);
size_t fread(void *ptr, size_t size, size_t count, FILE *f);
size_t fwrite(const void *ptr, size_t size, size_t count, FILE *f);

FILE *fopen(const char *path, const char *mode);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *f);
int fflush(FILE *f);
int setvbuf(FILE *f, char *buf, int mode, size_t size);
void setbuf(FILE *f, char *buf);
int fseek(FILE *f, long offset, int whence);
long ftell(FILE *f);
int fseeko(FILE *f, off_t offset, int whence);
off_t ftello(FILE *f);
int fgetpos(FILE *f, fpos_t *pos);
int fsetpos(FILE *f, const fpos_t *pos);
void rewind(FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int fileno(FILE *f);
int remove(const char *path);
int rename(const char *from, const char *to);
void perror(const char *s);

#endif
