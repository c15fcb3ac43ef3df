/* main.c: a program that allocates, and knows nothing about tracing. Run it alone, then
   with LD_PRELOAD=./libtrace.so to see every allocation, including the ones libc makes
   for it (strdup's copy, stdout's buffer). Exits with the number of words it stored (3). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  const char *words[] = {"glass", "box", "linker"};
  int n = 3;
  char **list = calloc(2, sizeof(char *));
  for (int i = 0; i < n; i++) {
    if (i == 2) list = realloc(list, n * sizeof(char *));
    list[i] = strdup(words[i]);
  }
  char *joined = malloc(32);
  strcpy(joined, list[0]);
  for (int i = 1; i < n; i++) {
    strcat(joined, "-");
    strcat(joined, list[i]);
  }
  printf("%s\n", joined);
  for (int i = 0; i < n; i++) free(list[i]);
  free(list);
  free(joined);
  return n;
}
