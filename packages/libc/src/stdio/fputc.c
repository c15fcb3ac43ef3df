/* fputc, putc, putchar: write one byte, returned as an unsigned char (EOF on error). */
#include "../internal/stdio_impl.h"

int fputc(int c, FILE *f) {
  char ch = c;
  return __stdio_put(f, &ch, 1) ? (unsigned char)ch : EOF;
}

int putc(int c, FILE *f) {
  return fputc(c, f);
}

int putchar(int c) {
  return fputc(c, stdout);
}
