/* main.c: C calling assembly, and assembly calling C.
   add_two and add_then_double are written in assembly (add_two.x86_64.s and
   add_two.aarch64.s); add_then_double calls back into double_it, written here in C. */
#include <stdio.h>

int add_two(int a, int b);
int add_then_double(int a, int b);

int double_it(int x) { return 2 * x; }

int main(void) {
  if (add_then_double(20, 1) == 42)
    puts("add_then_double(20, 1) = 42");
  return add_two(40, 2);
}
