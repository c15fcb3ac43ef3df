/* sections.c: one variable for each kind of data section, to look at with readelf, nm and
   size. The 100,000-byte table costs nothing in the file: it lives in .bss, which the
   loader fills with zeros. */
#include <stdio.h>

int counter = 7;                               /* .data: initialized, stored in the file */
int table[25000];                              /* .bss: zero-initialized, not stored */
const char greeting[] = "hello from .rodata";  /* .rodata: read-only */

int main(void) {
  table[24999] = counter;
  puts(greeting);
  return table[24999];
}
