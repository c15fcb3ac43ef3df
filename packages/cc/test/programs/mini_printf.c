// What the Glass libc needs from the compiler, in one program: a FILE-like struct with a
// function pointer and a buffer, a static stream initialized with address constants, and a
// printf written in C over va_list (passed on to a v-function, as vfprintf is).
typedef __builtin_va_list va_list;
typedef unsigned long size_t;
int putchar(int c);
typedef struct stream {
  int (*put)(struct stream *, char);
  char buf[128];
  size_t len;
  unsigned flags : 2;
} STREAM;
static int put_buffered(STREAM *s, char c) {
  if (s->len + 1 >= sizeof s->buf) return -1;
  s->buf[s->len++] = c;
  return 0;
}
static STREAM out = { .put = put_buffered };
static STREAM *const current = &out;
static const char digits[] = "0123456789abcdef";

static int emit_unsigned(STREAM *s, unsigned long v, unsigned base, int width, char pad) {
  char tmp[24];
  int n = 0;
  do { tmp[n++] = digits[v % base]; v /= base; } while (v);
  int written = 0;
  for (; width > n; width--, written++) s->put(s, pad);
  while (n) s->put(s, tmp[--n]), written++;
  return written;
}

int my_vprintf(STREAM *s, const char *fmt, va_list ap) {
  int count = 0;
  for (const char *p = fmt; *p; p++) {
    if (*p != '%') { s->put(s, *p); count++; continue; }
    int width = 0, longs = 0;
    char pad = ' ';
    if (*++p == '0') pad = '0', p++;
    while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
    while (*p == 'l') longs++, p++;
    switch (*p) {
    case 'd': {
      long v = longs ? __builtin_va_arg(ap, long) : __builtin_va_arg(ap, int);
      if (v < 0) { s->put(s, '-'); count++; v = -v; }
      count += emit_unsigned(s, (unsigned long)v, 10, width, pad);
      break;
    }
    case 'u': case 'x': {
      unsigned long v = longs ? __builtin_va_arg(ap, unsigned long) : __builtin_va_arg(ap, unsigned);
      count += emit_unsigned(s, v, *p == 'x' ? 16 : 10, width, pad);
      break;
    }
    case 'c': s->put(s, (char)__builtin_va_arg(ap, int)); count++; break;
    case 's': for (const char *t = __builtin_va_arg(ap, const char *); *t; t++) s->put(s, *t), count++; break;
    case 'f': {
      double d = __builtin_va_arg(ap, double);
      if (d < 0) { s->put(s, '-'); d = -d; count++; }
      unsigned long whole = (unsigned long)d;
      count += emit_unsigned(s, whole, 10, 0, ' ');
      s->put(s, '.');
      count += 1 + emit_unsigned(s, (unsigned long)((d - whole) * 1000 + 0.5), 10, 3, '0');
      break;
    }
    default: s->put(s, '%'); s->put(s, *p); count += 2;
    }
  }
  return count;
}

int my_printf(const char *fmt, ...) {
  va_list ap;
  __builtin_va_start(ap, fmt);
  int n = my_vprintf(current, fmt, ap);
  __builtin_va_end(ap);
  return n;
}

int main(void) {
  int n = my_printf("%d|%5d|%05u|%x|%lx|%c%s|%ld|%f|%f|%%", -42, 7, 42u, 255, 0xdeadbeefL, '<', "str>", -1234567890123L, 3.14159, -0.5);
  for (size_t i = 0; i < out.len; i++) putchar(out.buf[i]);
  putchar('\n');
  ASSERT(64, n);
  ASSERT(64, (long)out.len);
  ASSERT(0, out.flags);
  return 0;
}
