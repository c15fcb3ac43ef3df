/* struct_padding.c: how C lays data out in memory. It prints the size of the basic types,
   where the compiler puts each member of two structs holding the same three fields (and the
   padding it adds to keep each member aligned), the bytes of an int in memory order
   (endianness), and passes a small struct by value. Both targets print the same lines:
   they are LP64 and little-endian. Exits with the size of the badly ordered struct (12). */
#include <stddef.h>
#include <stdio.h>

struct bad { char a; int b; char c; };   /* 1 + 3 padding + 4 + 1 + 3 padding = 12 */
struct good { int b; char a; char c; };  /* 4 + 1 + 1 + 2 padding = 8 */

struct point { double x, y; };           /* two doubles: passed in two FP registers */
struct sample { double w; long n; };     /* a double and a long: the ABIs disagree */

double length2(struct point p) { return p.x * p.x + p.y * p.y; }
double total(struct sample s) { return s.w * s.n; }

int main(void) {
  printf("char %d, short %d, int %d, long %d, long long %d\n",
         (int)sizeof(char), (int)sizeof(short), (int)sizeof(int), (int)sizeof(long), (int)sizeof(long long));
  printf("float %d, double %d, pointer %d\n", (int)sizeof(float), (int)sizeof(double), (int)sizeof(void *));

  printf("struct bad:  size %d, align %d, offsets a=%d b=%d c=%d\n", (int)sizeof(struct bad),
         (int)_Alignof(struct bad), (int)offsetof(struct bad, a), (int)offsetof(struct bad, b), (int)offsetof(struct bad, c));
  printf("struct good: size %d, align %d, offsets b=%d a=%d c=%d\n", (int)sizeof(struct good),
         (int)_Alignof(struct good), (int)offsetof(struct good, b), (int)offsetof(struct good, a), (int)offsetof(struct good, c));

  unsigned int word = 0x11223344;
  unsigned char *bytes = (unsigned char *)&word;
  printf("0x%x in memory: %02x %02x %02x %02x (%s-endian)\n", word, bytes[0], bytes[1], bytes[2], bytes[3],
         bytes[0] == 0x44 ? "little" : "big");

  struct point p = { 3.0, 4.0 };
  struct sample s = { 0.5, 84 };
  printf("length2({3, 4}) = %g, total({0.5, 84}) = %g\n", length2(p), total(s));
  return (int)sizeof(struct bad);
}
