/* bintree.c: building and walking binary trees allocated with malloc (the Benchmarks Game's
   binary-trees, smaller) — measures recursion, malloc/free and pointer chasing. */
#include "print.h"

void *malloc(unsigned long size);
void free(void *p);

struct node { struct node *left, *right; };

struct node *make(int depth) {
  struct node *n = malloc(sizeof *n);
  if (depth > 0) {
    n->left = make(depth - 1);
    n->right = make(depth - 1);
  } else {
    n->left = 0;
    n->right = 0;
  }
  return n;
}

long check(struct node *n) {
  long c = 1;
  if (n->left) c += check(n->left) + check(n->right);
  free(n);
  return c;
}

int main(void) {
  long total = 0;
  for (int d = 4; d <= 14; d += 2)
    for (int i = 0; i < (1 << (16 - d)); i++) total += check(make(d));
  print_long(total);
  putchar('\n');
  return 0;
}
