/* main.c: one small program, built two ways. Linked statically with Glass libc, the
   executable carries its own copy of printf and strlen; linked dynamically with glibc, it
   carries only their names and asks the dynamic loader to find them in libc.so.6 at run
   time. `scale` is also the small function that docs/c-to-assembly.md follows from C to IR
   to both instruction sets. Exits with scale(4, 10) = 41. */
#include <stdio.h>
#include <string.h>

int scale(int x, int k) {
  int y = x * k;
  return y + 1;
}

int main(void) {
  const char *word = "glass";
  printf("'%s' has %d letters; scale(4, 10) = %d\n", word, (int)strlen(word), scale(4, 10));
  return scale(4, 10);
}
