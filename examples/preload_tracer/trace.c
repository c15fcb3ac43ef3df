/* trace.c: libtrace.so, a malloc tracer to load with LD_PRELOAD. It defines malloc, calloc,
   realloc and free itself; the dynamic linker searches the preloaded library before libc.so.6,
   so every call to those names in the process (the program's, and libc's own, such as
   strdup's) lands here. Each one finds the next definition of its name, glibc's, with
   dlsym(RTLD_NEXT, ...), calls it, and logs a line to stderr. Blocks are logged as #1, #2 ...
   in the order they were handed out, not by address, so the log is the same on every run.
   See README.md and docs/dynamic-linking.md. */
#define _GNU_SOURCE /* glibc declares RTLD_NEXT only for _GNU_SOURCE */
#include <dlfcn.h>
#include <stdio.h>
#include <unistd.h>

static void *(*next_malloc)(size_t);
static void *(*next_calloc)(size_t, size_t);
static void *(*next_realloc)(void *, size_t);
static void (*next_free)(void *);

/* Which number each live block got. */
#define MAX_BLOCKS 256
static void *blocks[MAX_BLOCKS];
static int numbers[MAX_BLOCKS];
static int handed_out;

static int remember(void *p) {
  if (!p) return 0;
  for (int i = 0; i < MAX_BLOCKS; i++)
    if (!blocks[i]) {
      blocks[i] = p;
      numbers[i] = ++handed_out;
      return numbers[i];
    }
  return -1;
}

static int forget(void *p) {
  for (int i = 0; i < MAX_BLOCKS; i++)
    if (p && blocks[i] == p) {
      blocks[i] = 0;
      return numbers[i];
    }
  return 0;
}

/* Formats into a buffer on the stack and write()s it: fprintf could call malloc itself. */
static void log_line(const char *format, long a, long b, long c) {
  char line[96];
  int n = snprintf(line, sizeof line, format, a, b, c);
  write(2, line, n);
}

static void find_next(void) {
  next_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
  next_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
  next_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
  next_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
}

void *malloc(size_t size) {
  if (!next_malloc) find_next();
  void *p = next_malloc(size);
  log_line("[trace] malloc(%ld) = #%ld\n", (long)size, remember(p), 0);
  return p;
}

void *calloc(size_t count, size_t size) {
  if (!next_calloc) find_next();
  void *p = next_calloc(count, size);
  log_line("[trace] calloc(%ld, %ld) = #%ld\n", (long)count, (long)size, remember(p));
  return p;
}

void *realloc(void *old, size_t size) {
  if (!next_realloc) find_next();
  int was = forget(old);
  void *p = next_realloc(old, size);
  log_line("[trace] realloc(#%ld, %ld) = #%ld\n", was, (long)size, remember(p));
  return p;
}

void free(void *p) {
  if (!next_free) find_next();
  if (p) log_line("[trace] free(#%ld)\n", forget(p), 0, 0);
  next_free(p);
}
