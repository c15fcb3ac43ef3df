/* stdio.h: Glass libc's standard I/O (first cut: unbuffered output through write(2)). */
#ifndef _STDIO_H
#define _STDIO_H

int puts(const char *s);
int putchar(int c);

#endif
