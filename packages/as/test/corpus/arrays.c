#include <stdio.h>
#include <string.h>
int table[10] = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0};
static char buf[64];
const char *names[] = {"zero", "one", "two", "three"};
unsigned char bytes[4] = {250, 251, 252, 253};
short shorts[3] = {-1, 2, -3};
static void sort(int *a, int n) {
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (a[j] < a[i]) { int t = a[i]; a[i] = a[j]; a[j] = t; }
}
int main(void) {
  sort(table, 10);
  for (int i = 0; i < 10; i++) printf("%d,", table[i]);
  strcpy(buf, "hello");
  strcat(buf, ", world");
  puts(buf);
  for (int i = 0; i < 4; i++) printf("%s %u %d\n", names[i], bytes[i], i < 3 ? shorts[i] : 0);
  long sum = 0;
  for (char *p = buf; *p; p++) sum += *p;
  printf("%ld %zu\n", sum, strlen(buf));
  return (int)(sum & 0x7f);
}
