/* files.c: FILE round trips (fopen modes, fwrite/fread, fputs/fgets, fputc/fgetc, ungetc,
   fseek/ftell/rewind, feof/ferror, append), remove and rename, setjmp/longjmp, getenv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <setjmp.h>

static jmp_buf env;
static int depth;

static void dive(int n) {
  depth = n;
  if (n == 5)
    longjmp(env, n * 10);
  dive(n + 1);
}

int main(void) {
  const char *path = "glass-libc-files.tmp", *moved = "glass-libc-files2.tmp";
  char line[100];
  int numbers[50], back[50], i, c, r;
  FILE *f = fopen(path, "w");
  FILE *missing;
  if (!f)
    return 1;
  for (i = 0; i < 50; i++)
    numbers[i] = i * i - 7;
  fprintf(f, "first line %d\n", 1);
  fputs("second line\n", f);
  fputc('x', f);
  fputc('\n', f);
  /* One call per statement: the order C evaluates arguments in is unspecified. */
  printf("written %d", (int)fwrite(numbers, sizeof numbers[0], 50, f));
  printf(" at %ld\n", ftell(f));
  printf("fclose %d\n", fclose(f));
  f = fopen(path, "r");
  printf("%s", fgets(line, sizeof line, f));
  printf("%s", fgets(line, 7, f));
  printf("|%s", fgets(line, sizeof line, f));
  c = fgetc(f);
  printf("%c", c);
  printf(" %d", ungetc('y', f));
  printf(" %c", fgetc(f));
  fgetc(f);
  printf(" at %ld", ftell(f));
  printf(" read %d\n", (int)fread(back, sizeof back[0], 50, f));
  printf("same %d eof %d", !memcmp(numbers, back, sizeof back), feof(f));
  printf(" %d\n", fgetc(f) == EOF && feof(f));
  fseek(f, 6, SEEK_SET);
  printf("%s", fgets(line, sizeof line, f));
  fseek(f, -8, SEEK_END);
  printf("%ld", ftell(f));
  printf(" %d\n", (int)fread(back, 4, 10, f));
  rewind(f);
  printf("%c", fgetc(f));
  printf(" %d %d\n", feof(f), ferror(f));
  fclose(f);
  f = fopen(path, "a+");
  fputs("appended\n", f);
  fseek(f, 0, SEEK_SET);
  printf("%s", fgets(line, sizeof line, f));
  fclose(f);
  f = fopen(path, "r+");
  fseek(f, 0, SEEK_SET);
  fputs("FIRST", f);
  fseek(f, 0, SEEK_SET);
  printf("%s", fgets(line, sizeof line, f));
  fclose(f);
  printf("rename %d\n", rename(path, moved));
  errno = 0;
  missing = fopen(path, "r");
  printf("fopen missing %p %d %s\n", (void *)missing, errno, strerror(errno));
  printf("remove %d", remove(moved));
  printf(" %d\n", remove(moved));
  printf("errno %d %s\n", errno, strerror(errno));
  f = fopen(path, "w+");
  for (i = 0; i < 20000; i++)
    fprintf(f, "%d,", i);
  printf("size %ld\n", ftell(f));
  rewind(f);
  r = 0;
  for (i = 0; i < 20000; i++) {
    int v = 0;
    while ((c = fgetc(f)) != ',')
      v = v * 10 + (c - '0');
    r += v == i;
  }
  printf("read back %d\n", r);
  fclose(f);
  remove(path);
  r = setjmp(env);
  printf("setjmp %d depth %d\n", r, depth);
  if (!r)
    dive(0);
  printf("HOME set %d, missing %p\n", getenv("PATH") != 0, (void *)getenv("GLASS_NO_SUCH_VARIABLE"));
  return 0;
}
