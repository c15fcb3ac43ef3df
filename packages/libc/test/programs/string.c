/* string.c: string.h and ctype.h, printed so the output can be compared with glibc's. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

static int sign(int x) { return x < 0 ? -1 : x > 0; }

int main(void) {
  char buf[64], *p, *save;
  const char *words[] = {"", "a", "abc", "abd", "ab", "ABC", "\xff", "\x01"};
  int i, j, c;
  for (i = 0; i < 8; i++)
    for (j = 0; j < 8; j++)
      printf("%d%d%d ", sign(strcmp(words[i], words[j])), sign(strncmp(words[i], words[j], 2)), sign(strcasecmp(words[i], words[j])));
  printf("\n%d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("\x80", "\x01", 1)));
  strcpy(buf, "hello");
  strcat(buf, ", world");
  strncat(buf, "!!!", 1);
  printf("%s %lu %lu\n", buf, strlen(buf), strnlen(buf, 4));
  printf("%s|%s|%s|%s\n", strchr(buf, 'o'), strrchr(buf, 'o'), strstr(buf, "wor"), strpbrk(buf, ",!"));
  printf("%p %p %d\n", (void *)strchr(buf, 'z'), (void *)strstr(buf, "xyz"), strstr(buf, "") == buf);
  printf("%lu %lu %lu\n", strspn("aabbcx", "ab"), strcspn("hello, world", ",!"), strcspn("abc", ""));
  memset(buf, 'x', 10);
  buf[10] = 0;
  memcpy(buf + 2, "12345", 5);
  memmove(buf + 1, buf, 8);
  printf("%s\n", buf);
  memmove(buf, buf + 3, 6);
  printf("%s %s\n", buf, (char *)memchr(buf, '4', 10));
  strncpy(buf, "ab", 6);
  printf("%d %d %d %d\n", buf[0], buf[2], buf[5], buf[6]);
  strcpy(buf, "  one,two;;three  four ");
  for (p = strtok(buf, " ,;"); p; p = strtok(NULL, " ,;"))
    printf("[%s]", p);
  strcpy(buf, "a=1&b=2");
  for (p = strtok_r(buf, "&", &save); p; p = strtok_r(NULL, "&", &save))
    printf("(%s)", p);
  p = strdup("duplicate");
  printf("\n%s ", p);
  free(p);
  p = strndup("duplicate", 3);
  printf("%s\n", p);
  free(p);
  for (c = -1; c < 256; c++)
    printf("%d%d%d%d%d%d%d%d%d%d%d%d%c%c", !!isalnum(c), !!isalpha(c), !!isblank(c), !!iscntrl(c), !!isdigit(c), !!isgraph(c),
           !!islower(c), !!isprint(c), !!ispunct(c), !!isspace(c), !!isupper(c), !!isxdigit(c), c >= 32 && c < 127 ? toupper(c) : '.',
           c >= 32 && c < 127 ? tolower(c) : '.');
  printf("\n%s|%s|%s\n", strerror(0), strerror(2), strerror(200));
  return 0;
}
