/* rand and srand: glibc's default generator (the "TYPE_3" additive feedback generator,
   r[i] = r[i-3] + r[i-31]), so a program prints the same pseudo-random numbers with Glass
   libc as with glibc. srand(seed) fills the 34 seed words with 16807 * r mod (2^31 - 1)
   (computed with Schrage's method), then runs the generator 310 times to mix them. */
#include <stdlib.h>

static unsigned int words[31];
static int front = 3, rear = 0, seeded;

void srand(unsigned int seed) {
  int i;
  long word = seed ? seed : 1;
  words[0] = word;
  for (i = 1; i < 31; i++) {
    long hi = word / 127773, lo = word % 127773;
    word = 16807 * lo - 2836 * hi;
    if (word < 0)
      word += 2147483647;
    words[i] = word;
  }
  front = 3;
  rear = 0;
  seeded = 1;
  for (i = 0; i < 310; i++)
    rand();
}

int rand(void) {
  unsigned int r;
  if (!seeded)
    srand(1);
  words[front] += words[rear];
  r = words[front] >> 1;
  front = front + 1 == 31 ? 0 : front + 1;
  rear = rear + 1 == 31 ? 0 : rear + 1;
  return r;
}
