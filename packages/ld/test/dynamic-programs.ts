// C sources for the dynamic-linking tests: a small library with data, a preemptible function
// called from inside the library and a static helper, and programs using it in every way
// that needs a different relocation (calls, data, function pointers, dlopen).

export const fooC = `
int foo_counter = 5;
static int helper(int x) { return x * 2; }
int foo_add(int a, int b) { foo_counter++; return a + b; }
int foo_get(void) { return helper(foo_add(foo_counter, 1)); }
int (*foo_ptr)(int, int) = foo_add;          /* a word relocation against a preemptible symbol */
const char *foo_name = "libfoo";             /* a RELATIVE relocation */
`;

export const useFooC = `
#include <stdio.h>
extern int foo_counter;
int foo_add(int a, int b);
int foo_get(void);
extern int (*foo_ptr)(int, int);
extern const char *foo_name;
int (*pf)(int, int) = foo_add;
int main(void) {
  printf("%s %d\\n", foo_name, foo_add(2, 3));
  printf("counter %d\\n", foo_counter);
  printf("get %d\\n", foo_get());
  foo_counter = 100;
  printf("ptr %d %d same=%d\\n", pf(1, 1), foo_ptr(2, 2), pf == foo_add && foo_ptr == foo_add);
  printf("counter %d\\n", foo_counter);
  return 0;
}
`;

export const useFooOut = "libfoo 5\ncounter 6\nget 14\nptr 2 4 same=1\ncounter 102\n";

export const dlopenC = `
#include <dlfcn.h>
#include <stdio.h>
int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_NOW);
  if (!h) { printf("dlopen: %s\\n", dlerror()); return 1; }
  int (*add)(int, int) = (int (*)(int, int))dlsym(h, "foo_add");
  int (*get)(void) = (int (*)(void))dlsym(h, "foo_get");
  int *counter = (int *)dlsym(h, "foo_counter");
  int sum = add(40, 2);
  int got = get();
  printf("%d %d %d\\n", sum, got, *counter);
  return dlclose(h);
}
`;

/** A program calling glibc: stdio, data from libc (stdout, environ), atexit, a function pointer. */
export const helloC = `
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
extern char **environ;
static void bye(void) { puts("bye"); }
int (*say)(const char *) = puts;
int main(int argc, char **argv) {
  atexit(bye);
  printf("hello %d\\n", argc);
  fprintf(stdout, "env %d\\n", environ != 0 && environ[0] != 0);
  say("via pointer");
  printf("same %d\\n", say == puts);
  char buf[32];
  strcpy(buf, "copied");
  puts(buf);
  return 3;
}
`;

export const helloOut = "hello 1\nenv 1\nvia pointer\nsame 1\ncopied\nbye\n";

/** Writes to stderr with write(2) first thing in main, so LD_DEBUG's lines can be ordered around it. */
export const lazyC = `
#include <stdio.h>
#include <unistd.h>
int main(void) {
  write(2, "in main\\n", 8);
  puts("called puts");
  return 0;
}
`;
