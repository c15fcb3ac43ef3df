/* forth.c: a tiny Forth. It reads a whole program from standard input, splits it into
   words, and runs them left to right on a stack of numbers: `2 3 + .` pushes 2 and 3,
   adds them and prints 5. `: name ... ;` defines a new word (remembered as the position of
   its body in the word list, so running it is just running those words again), and
   if/else/then, do/loop/i and begin/until steer the position. Exits with the number left on
   top of the stack, or 0. See README.md; `demo.fs` shows everything it knows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TEXT 65536
#define MAX_TOKENS 8192
#define MAX_WORDS 256
#define MAX_DEPTH 256

static char text[MAX_TEXT];
static char *tokens[MAX_TOKENS];
static int ntokens;

static long stack[MAX_DEPTH];
static int depth;

static struct { long index, limit; int body; } loops[MAX_DEPTH];
static int nloops;
static int begins[MAX_DEPTH];
static int nbegins;

static struct { const char *name; int body; } words[MAX_WORDS];
static int nwords;

static void fail(const char *what, const char *word) {
  printf("\nerror: %s%s\n", what, word);
  exit(1);
}

static void push(long n) {
  if (depth == MAX_DEPTH) fail("stack overflow", "");
  stack[depth++] = n;
}

static long pop(void) {
  if (depth == 0) fail("stack underflow", "");
  return stack[--depth];
}

/* Splits the text into words, in place. `( comments )` and `\ line comments` vanish;
   `." text"` becomes two tokens, `."` and the text itself. */
static void tokenize(char *p) {
  while (*p) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    if (!*p) break;
    char *start = p;
    while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') p++;
    if (*p) *p++ = 0;
    if (strcmp(start, "(") == 0) {
      while (*p && *p != ')') p++;
      if (*p) p++;
    } else if (strcmp(start, "\\") == 0) {
      while (*p && *p != '\n') p++;
    } else {
      if (ntokens + 2 > MAX_TOKENS) fail("program too long", "");
      tokens[ntokens++] = start;
      if (strcmp(start, ".\"") == 0) {
        tokens[ntokens++] = p;
        while (*p && *p != '"') p++;
        if (*p) *p++ = 0;
      }
    }
  }
}

/* The position just after the word that closes the structure opened before `pc`: the
   first of `a` or `b` at the same nesting depth. */
static int skip_to(int pc, const char *a, const char *b) {
  int nest = 0;
  for (; pc < ntokens; pc++) {
    const char *w = tokens[pc];
    if (strcmp(w, ".\"") == 0) pc++;
    else if (strcmp(w, "if") == 0) nest++;
    else if (nest > 0 && strcmp(w, "then") == 0) nest--;
    else if (nest == 0 && (strcmp(w, a) == 0 || strcmp(w, b) == 0)) return pc + 1;
  }
  fail("missing ", a);
  return pc;
}

static int find(const char *name) {
  for (int i = nwords - 1; i >= 0; i--)
    if (strcmp(words[i].name, name) == 0) return i;
  return -1;
}

static int number(const char *w, long *n) {
  char *end;
  *n = strtol(w, &end, 10);
  return *end == 0 && end != w;
}

/* Runs words from position `pc` until `;` or the end of the program. */
static void run(int pc) {
  while (pc < ntokens) {
    const char *w = tokens[pc++];
    long a, b, n;
    int i;
    if (strcmp(w, ";") == 0) return;
    if ((i = find(w)) >= 0) run(words[i].body);
    else if (number(w, &n)) push(n);
    else if (strcmp(w, "+") == 0) push(pop() + pop());
    else if (strcmp(w, "*") == 0) push(pop() * pop());
    else if (strcmp(w, "-") == 0) { b = pop(); a = pop(); push(a - b); }
    else if (strcmp(w, "/") == 0 || strcmp(w, "mod") == 0) {
      b = pop();
      a = pop();
      if (b == 0) fail("division by zero", "");
      push(w[0] == '/' ? a / b : a % b);
    }
    else if (strcmp(w, "=") == 0) push(pop() == pop() ? -1 : 0);
    else if (strcmp(w, "<") == 0) { b = pop(); a = pop(); push(a < b ? -1 : 0); }
    else if (strcmp(w, ">") == 0) { b = pop(); a = pop(); push(a > b ? -1 : 0); }
    else if (strcmp(w, "0=") == 0) push(pop() == 0 ? -1 : 0);
    else if (strcmp(w, "dup") == 0) { a = pop(); push(a); push(a); }
    else if (strcmp(w, "drop") == 0) pop();
    else if (strcmp(w, "swap") == 0) { b = pop(); a = pop(); push(b); push(a); }
    else if (strcmp(w, "over") == 0) { b = pop(); a = pop(); push(a); push(b); push(a); }
    else if (strcmp(w, "rot") == 0) { n = pop(); b = pop(); a = pop(); push(b); push(n); push(a); }
    else if (strcmp(w, ".") == 0) printf("%ld ", pop());
    else if (strcmp(w, "emit") == 0) putchar((int)pop());
    else if (strcmp(w, "cr") == 0) putchar('\n');
    else if (strcmp(w, ".\"") == 0) fputs(tokens[pc++], stdout);
    else if (strcmp(w, ".s") == 0) {
      printf("<%d> ", depth);
      for (i = 0; i < depth; i++) printf("%ld ", stack[i]);
    }
    else if (strcmp(w, ":") == 0) {
      if (pc >= ntokens || nwords == MAX_WORDS) fail("bad definition", "");
      words[nwords].name = tokens[pc];
      words[nwords++].body = pc + 1;
      pc = skip_to(pc + 1, ";", ";");
    }
    else if (strcmp(w, "if") == 0) { if (pop() == 0) pc = skip_to(pc, "else", "then"); }
    else if (strcmp(w, "else") == 0) pc = skip_to(pc, "then", "then");
    else if (strcmp(w, "then") == 0) continue;
    else if (strcmp(w, "do") == 0) {
      if (nloops == MAX_DEPTH) fail("loops nested too deep", "");
      loops[nloops].index = pop();
      loops[nloops].limit = pop();
      loops[nloops++].body = pc;
    }
    else if (strcmp(w, "i") == 0) {
      if (nloops == 0) fail("i outside a loop", "");
      push(loops[nloops - 1].index);
    }
    else if (strcmp(w, "loop") == 0) {
      if (nloops == 0) fail("loop without do", "");
      if (++loops[nloops - 1].index < loops[nloops - 1].limit) pc = loops[nloops - 1].body;
      else nloops--;
    }
    else if (strcmp(w, "begin") == 0) {
      if (nbegins == MAX_DEPTH) fail("loops nested too deep", "");
      begins[nbegins++] = pc;
    }
    else if (strcmp(w, "until") == 0) {
      if (nbegins == 0) fail("until without begin", "");
      if (pop() == 0) pc = begins[nbegins - 1];
      else nbegins--;
    }
    else fail("unknown word ", w);
  }
}

int main(void) {
  size_t length = fread(text, 1, MAX_TEXT - 1, stdin);
  text[length] = 0;
  tokenize(text);
  run(0);
  return depth ? (int)stack[depth - 1] : 0;
}
