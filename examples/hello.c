/* hello.c: the first program through every stage of Glass. It prints "hello" through the
   C library and exits with fib(10) = 55, so both the output and the exit status show that
   the compiler, assembler, linker and libc did their parts. */
int puts(const char *s);

int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  puts("hello");
  return fib(10);
}
