/* stdlib.c: conversions (with their errno), qsort and bsearch, rand, div, and a malloc /
   realloc / free stress test that checks every block's contents. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

static int by_value(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return x < y ? -1 : x > y;
}

static int by_string(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
  const char *inputs[] = {"0", "-0", "42", "  -17xyz", "+9", "0x7fffffffffffffff", "0x8000000000000000", "-0x8000000000000000",
                          "18446744073709551615", "18446744073709551616", "-18446744073709551615", "0777", "0x", "08", "z", ""};
  const char *names[] = {"pear", "apple", "fig", "banana", "cherry", "date"};
  int bases[] = {0, 10, 16, 8, 36};
  int values[200], i, j, key, *found;
  char *blocks[64], *end;
  size_t sizes[64];
  for (i = 0; i < 16; i++)
    for (j = 0; j < 5; j++) {
      long l;
      unsigned long u;
      errno = 0;
      l = strtol(inputs[i], &end, bases[j]);
      printf("%s/%d: %ld e=%d r=%ld |", inputs[i], bases[j], l, errno, (long)(end - inputs[i]));
      errno = 0;
      u = strtoul(inputs[i], &end, bases[j]);
      /* One call per statement: the order C evaluates arguments in is unspecified. */
      printf(" %lu e=%d r=%ld |", u, errno, (long)(end - inputs[i]));
      printf(" %lld", strtoll(inputs[i], 0, bases[j]));
      printf(" %llu\n", strtoull(inputs[i], 0, bases[j]));
    }
  printf("%d %ld %lld %d %d %ld\n", atoi(" 123abc"), atol("-99"), atoll("9000000000"), abs(-5), abs(5), labs(-7L));
  printf("%d %d %ld %ld\n", div(-7, 2).quot, div(-7, 2).rem, ldiv(7, -2).quot, ldiv(7, -2).rem);
  srand(7);
  for (i = 0; i < 200; i++)
    values[i] = rand() % 1000;
  qsort(values, 200, sizeof values[0], by_value);
  for (i = 0; i < 200; i++)
    printf("%d%c", values[i], i % 20 == 19 ? '\n' : ' ');
  for (key = 0; key < 1000; key += 97) {
    found = bsearch(&key, values, 200, sizeof values[0], by_value);
    printf("%d:%s ", key, found ? "yes" : "no");
  }
  qsort(names, 6, sizeof names[0], by_string);
  for (i = 0; i < 6; i++)
    printf("%s ", names[i]);
  printf("\n");
  for (i = 0; i < 64; i++)
    blocks[i] = 0;
  for (j = 0; j < 3000; j++) {
    i = rand() % 64;
    if (blocks[i]) {
      size_t k;
      for (k = 0; k < sizes[i]; k++)
        if (blocks[i][k] != (char)(i + k)) {
          printf("corrupt block %d\n", i);
          return 1;
        }
      if (rand() % 2) {
        size_t grown = rand() % 3 ? rand() % 300 : rand() % 200000;
        blocks[i] = realloc(blocks[i], grown + 1);
        for (k = sizes[i]; k < grown; k++)
          blocks[i][k] = i + k;
        sizes[i] = grown;
      } else {
        free(blocks[i]);
        blocks[i] = 0;
      }
    } else {
      size_t k;
      sizes[i] = rand() % 4 ? rand() % 500 : rand() % 300000;
      blocks[i] = rand() % 2 ? malloc(sizes[i]) : calloc(sizes[i], 1);
      if ((unsigned long)blocks[i] % 16) {
        printf("misaligned\n");
        return 1;
      }
      for (k = 0; k < sizes[i]; k++)
        blocks[i][k] = i + k;
    }
  }
  for (i = 0; i < 64; i++)
    free(blocks[i]);
  printf("malloc stress ok\n");
  return 0;
}
