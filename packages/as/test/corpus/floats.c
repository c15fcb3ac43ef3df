#include <stdio.h>
double scale(double x, int k) { return x * k + 0.5; }
float half(float f) { return f / 2; }
int main(void) {
  double d = scale(1.25, 3);
  int i = (int)d;
  long big = 1L << 40;
  unsigned long u = (unsigned long)big * 3 + i;
  printf("%d %.3f %.2f %lu\n", i, d, half(5.0f), u);
  return i;
}
