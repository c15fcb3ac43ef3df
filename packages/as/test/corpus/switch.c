#include <stdio.h>
struct point { int x, y; long z; };
static struct point pts[3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
long counter;
static const char *kind(int c) {
  switch (c) {
  case 0: return "zero";
  case 1: return "one";
  case 2: return "two";
  case 3: return "three";
  case 4: return "four";
  case 5: return "five";
  case 6: return "six";
  case 7: return "seven";
  default: return "many";
  }
}
static int classify(unsigned x) {
  switch (x % 9) {
  case 0: counter += 1; break;
  case 1: counter *= 3; break;
  case 2: counter -= 7; break;
  case 3: counter ^= 0x55; break;
  case 4: counter <<= 1; break;
  case 5: counter >>= 1; break;
  case 6: counter |= 8; break;
  default: counter = -counter; break;
  }
  return (int)(counter & 0xff);
}
int main(int argc, char **argv) {
  struct point *p = &pts[1];
  int acc = p->x * p->y + (int)p->z;
  for (int i = 0; i < 12; i++) { printf("%s ", kind(i)); acc += classify(i * 7u); }
  unsigned u = 0xdeadbeef; int s = -12345;
  printf("\n%d %ld %u %d %d %u\n", acc, counter, u / 7, s / 7, s % 7, u >> 3);
  return argc + (argv[0] != 0) + acc % 100;
}
