/* print.h: the one output routine the runtime programs share — a decimal printer over putchar,
   so the same source links against Glass's libc, glibc (gcc) and tcc's libc alike. */
int putchar(int c);

void print_long(long v) {
  if (v < 0) {
    putchar('-');
    v = -v;
  }
  if (v >= 10) print_long(v / 10);
  putchar('0' + v % 10);
}
