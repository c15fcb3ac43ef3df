/* memory_layout.c: where a running program keeps its things. It prints one address from each
   region of its own memory: code (text), read-only data, initialised data, zeroed data (bss),
   the heap (malloc) and the stack. The addresses change from run to run when the kernel
   randomises the layout (ASLR); `setarch -R` turns that off. */
#include <stdio.h>
#include <stdlib.h>

const char greeting[] = "hello";  /* .rodata: never written */
int counter = 42;                 /* .data: has a starting value, stored in the file */
int zeroes[1024];                 /* .bss: starts as zeroes, takes no room in the file */

int main(void) {
  int local = 0;                  /* on the stack, in main's frame */
  char *block = malloc(16);       /* on the heap */
  printf("text   %p  main\n", (void *)main);
  printf("rodata %p  greeting\n", (void *)greeting);
  printf("data   %p  counter\n", (void *)&counter);
  printf("bss    %p  zeroes\n", (void *)zeroes);
  printf("heap   %p  malloc(16)\n", (void *)block);
  printf("stack  %p  local\n", (void *)&local);
  return local;
}
