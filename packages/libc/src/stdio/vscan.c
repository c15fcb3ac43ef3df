/* __vscan: the scanf engine (C11 7.21.6.2), shared by scanf, fscanf and sscanf.

   The format is walked once: white space in it skips any white space in the input, an
   ordinary character must match the input, and a conversion %[*][width][length]conv reads
   a field:
     d i u o x X   an integer (i: base from the prefix), via strtol/strtoul
     f e g E G a   a floating number, via strtod
     s             a run of non-space characters      c   exactly width (default 1) chars
     [set]         a run of characters in (or, with ^, not in) the set; ] first is literal
     n             the characters consumed so far     %   a literal '%'
   A numeric field is first collected into a small buffer by a lexical automaton (sign,
   prefix, digits, point, exponent), reading one character too far and pushing it back with
   ungetc, then converted. The result is the number of assignments, or EOF when the input
   ended before the first conversion. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../internal/stdio_impl.h"

#define FIELD_MAX 400

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL };

struct input {
  FILE *f;
  long consumed;
};

static int next(struct input *in) {
  int c = fgetc(in->f);
  if (c != EOF)
    in->consumed++;
  return c;
}

static void back(struct input *in, int c) {
  if (c != EOF) {
    ungetc(c, in->f);
    in->consumed--;
  }
}

/* Collects an integer field in `base` (0: from the prefix); returns its length. */
static int collect_integer(struct input *in, char *buf, int width, int base) {
  int n = 0, c = next(in);
  if ((c == '+' || c == '-') && n < width) {
    buf[n++] = c;
    c = next(in);
  }
  if (c == '0' && n < width && (base == 0 || base == 16)) {
    buf[n++] = c;
    c = next(in);
    if ((c | 32) == 'x' && n < width) {
      buf[n++] = c;
      c = next(in);
      base = 16;
    } else if (base == 0) {
      base = 8;
    }
  }
  if (!base)
    base = 10;
  for (; n < width && n < FIELD_MAX && c != EOF; c = next(in)) {
    int v = isdigit(c) ? c - '0' : isalpha(c) ? (c | 32) - 'a' + 10 : 99;
    if (v >= base)
      break;
    buf[n++] = c;
  }
  back(in, c);
  buf[n] = 0;
  return n;
}

/* Collects a floating field: [sign] digits [. digits] [e [sign] digits], or inf/nan. */
static int collect_float(struct input *in, char *buf, int width) {
  int n = 0, c = next(in), seen_point = 0, seen_exp = 0;
  if ((c == '+' || c == '-') && n < width) {
    buf[n++] = c;
    c = next(in);
  }
  if ((c | 32) == 'i' || (c | 32) == 'n') {
    for (; n < width && n < FIELD_MAX && c != EOF && isalpha(c); c = next(in))
      buf[n++] = c;
  } else {
    for (; n < width && n < FIELD_MAX && c != EOF; c = next(in)) {
      if (isdigit(c))
        ;
      else if (c == '.' && !seen_point && !seen_exp)
        seen_point = 1;
      else if ((c | 32) == 'e' && !seen_exp && n)
        seen_exp = 1;
      else if ((c == '+' || c == '-') && seen_exp && (buf[n - 1] | 32) == 'e')
        ;
      else
        break;
      buf[n++] = c;
    }
  }
  back(in, c);
  buf[n] = 0;
  return n;
}

static void store_integer(void *where, int length, uintmax_t v) {
  if (length == LEN_HH)
    *(char *)where = v;
  else if (length == LEN_H)
    *(short *)where = v;
  else if (length == LEN_L || length == LEN_LL)
    *(long *)where = v;
  else
    *(int *)where = v;
}

int __vscan(FILE *f, const char *format, va_list ap) {
  struct input in;
  const unsigned char *p = (const unsigned char *)format;
  char buf[FIELD_MAX + 1];
  int assigned = 0, converted = 0, c;
  in.f = f;
  in.consumed = 0;
  while (*p) {
    int suppress = 0, width = 0, length = LEN_NONE, conv;
    void *where = 0;
    if (isspace(*p)) {
      while (isspace(*p))
        p++;
      while (isspace(c = next(&in)))
        ;
      back(&in, c);
      continue;
    }
    if (*p != '%' || p[1] == '%') {
      if (*p == '%') {
        p++;
        while (isspace(c = next(&in)))
          ;
      } else {
        c = next(&in);
      }
      if (c != *p) {
        back(&in, c);
        return c == EOF && !converted ? EOF : assigned;
      }
      p++;
      continue;
    }
    p++;
    if (*p == '*') {
      suppress = 1;
      p++;
    }
    for (; isdigit(*p); p++)
      width = width * 10 + (*p - '0');
    if (*p == 'h')
      length = *++p == 'h' ? (p++, LEN_HH) : LEN_H;
    else if (*p == 'l')
      length = *++p == 'l' ? (p++, LEN_LL) : LEN_L;
    else if (*p == 'z' || *p == 'j' || *p == 't' || *p == 'L' || *p == 'q')
      length = LEN_L, p++;
    conv = *p++;
    if (!conv)
      break;
    if (!suppress && conv != '%')
      where = va_arg(ap, void *);
    if (conv == 'n') {
      if (where)
        store_integer(where, length, in.consumed);
      continue;
    }
    if (conv != 'c' && conv != '[') {
      while (isspace(c = next(&in)))
        ;
      back(&in, c);
    }
    if (!width)
      width = conv == 'c' ? 1 : FIELD_MAX;
    if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'o' || conv == 'x' || conv == 'X') {
      int base = conv == 'i' ? 0 : conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
      if (!collect_integer(&in, buf, width, base) || ((buf[0] == '+' || buf[0] == '-') && !buf[1]))
        return (c = fgetc(f)) == EOF && !converted ? EOF : (ungetc(c, f), assigned);
      if (where)
        store_integer(where, length, conv == 'd' || conv == 'i' ? (uintmax_t)strtol(buf, 0, base) : strtoul(buf, 0, base));
    } else if (conv == 'f' || conv == 'e' || conv == 'g' || conv == 'E' || conv == 'G' || conv == 'a' || conv == 'F') {
      char *end;
      double v;
      if (!collect_float(&in, buf, width))
        return (c = fgetc(f)) == EOF && !converted ? EOF : (ungetc(c, f), assigned);
      v = strtod(buf, &end);
      if (*end)
        return assigned;
      if (where && length == LEN_NONE)
        *(float *)where = v;
      else if (where)
        *(double *)where = v;
    } else if (conv == 's' || conv == 'c' || conv == '[') {
      char set[256];
      int n = 0;
      if (conv == '[') {
        int negate = *p == '^', i;
        if (negate)
          p++;
        memset(set, negate, sizeof set);
        if (*p == ']')
          set[*p++] = !negate;
        for (; *p && *p != ']'; p++) {
          if (p[0] == '-' && p[1] && p[1] != ']' && p[-1] < p[1]) {
            for (i = p[-1]; i <= p[1]; i++)
              set[i] = !negate;
            p++;
          } else {
            set[*p] = !negate;
          }
        }
        if (*p)
          p++;
      } else {
        memset(set, conv == 'c', sizeof set);
        if (conv == 's')
          for (c = 0; c < 256; c++)
            set[c] = !isspace(c);
      }
      for (; n < width && (c = next(&in)) != EOF; n++) {
        if (!set[c]) {
          back(&in, c);
          break;
        }
        if (where)
          ((char *)where)[n] = c;
      }
      if (!n || (conv == 'c' && n < width))
        return c == EOF && !converted ? EOF : assigned;
      if (where && conv != 'c')
        ((char *)where)[n] = 0;
    } else {
      return assigned;
    }
    converted++;
    if (where)
      assigned++;
  }
  return assigned;
}
