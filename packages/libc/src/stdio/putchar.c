/* putchar: write one character to standard output and return it (as an unsigned char). */
#include <stdio.h>
#include <unistd.h>

int putchar(int c) {
  char buf[1];
  buf[0] = c;
  if (write(1, buf, 1) < 0)
    return -1;
  return c & 255;
}
