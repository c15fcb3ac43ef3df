// Character types (C11 6.2.5p15): plain char is signed on x86-64 and unsigned on AArch64,
// so these results differ between targets; the twin gcc run decides what is right.
int main(void) {
  { char c = 200; printf("plain char 200 -> %d\n", c); ASSERT(1, c == (char)200); }
  { signed char s = 200; ASSERT(-56, s); unsigned char u = 200; ASSERT(200, u); }
  { char c = -1; printf("(int)(char)-1 = %d, > 0: %d\n", c, c > 0); }
  { ASSERT(97, 'a'); ASSERT(10, '\n'); ASSERT(0, '\0'); ASSERT(39, '\''); ASSERT(92, '\\'); ASSERT(127, '\x7f'); printf("'\\xff' = %d\n", '\xff'); }
  { short s = 40000; ASSERT(-25536, s); unsigned short us = 40000; ASSERT(40000, us); ASSERT(2, sizeof(short)); }
  { char buf[4]; buf[0] = 'o'; buf[1] = 'k'; buf[2] = '\n'; buf[3] = 0; printf("%s", buf); }
  { int i = 300; char c = i; unsigned char uc = i; ASSERT(44, c); ASSERT(44, uc); }
  { _Bool b = 5; ASSERT(1, b); b = 0; ASSERT(0, b); }
  return 0;
}
