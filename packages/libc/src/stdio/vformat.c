/* __vformat: the printf engine (C11 7.21.6.1), shared by every printf-family function.

   A conversion specification is  %[flags][width][.precision][length]conversion:
     flags      - + space # 0
     width      digits or * (a negative * width means '-' and its absolute value)
     precision  .digits or .* (negative means none)
     length     hh h l ll z j t (L is read but long double is not supported)
   Integers are formatted into a small buffer, right to left; the field is then laid out as
   [spaces][sign or 0x][zeros]digits[spaces]. Floating conversions go to format_double.c.
   The count of characters produced is returned even for a string FILE that dropped some
   (snprintf returns the length it would have written). */
#include <string.h>
#include <stdint.h>
#include "../internal/stdio_impl.h"

enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_Z, LEN_J, LEN_T, LEN_BIG_L };

static int pad(FILE *f, int c, int count) {
  char buf[32];
  int done = 0;
  memset(buf, c, sizeof buf);
  while (count - done > 0) {
    int n = count - done < (int)sizeof buf ? count - done : (int)sizeof buf;
    __stdio_put(f, buf, n);
    done += n;
  }
  return done;
}

/* Lays out one field: prefix (sign, 0x, 0X), `zeros` leading zeros, then the body. */
static int field(FILE *f, const char *prefix, int zeros, const char *body, int len, int flags, int width) {
  int plen = strlen(prefix), total = plen + zeros + len, padding = width > total ? width - total : 0;
  if (!(flags & FMT_MINUS))
    pad(f, ' ', padding);
  __stdio_put(f, prefix, plen);
  pad(f, '0', zeros);
  __stdio_put(f, body, len);
  if (flags & FMT_MINUS)
    pad(f, ' ', padding);
  return total + padding;
}

/* d i u o x X p: the digits of `value` in the conversion's base, then the field. */
static int format_integer(FILE *f, uintmax_t value, int negative, int conv, int flags, int width, int precision) {
  char buf[24], prefix[3];
  const char *digits = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' || conv == 'p' ? 16 : 10;
  int len = 0, zeros;
  char *end = buf + sizeof buf;
  prefix[0] = prefix[1] = prefix[2] = 0;
  if (conv == 'd' || conv == 'i')
    prefix[0] = negative ? '-' : (flags & FMT_PLUS) ? '+' : (flags & FMT_SPACE) ? ' ' : 0;
  for (; value; value /= base)
    end[-++len] = digits[value % base];
  if ((flags & FMT_HASH) && base == 16 && len) {
    prefix[0] = '0';
    prefix[1] = conv == 'X' ? 'X' : 'x';
  }
  if (precision < 0)
    precision = 1;
  else
    flags &= ~FMT_ZERO;
  zeros = precision > len ? precision - len : 0;
  if ((flags & FMT_HASH) && base == 8 && !zeros && (!len || end[-len] != '0'))
    zeros = 1;
  if ((flags & FMT_ZERO) && !(flags & FMT_MINUS)) {
    int used = strlen(prefix) + zeros + len;
    if (width > used)
      zeros += width - used;
  }
  return field(f, prefix, zeros, end - len, len, flags, width);
}

int __vformat(FILE *f, const char *format, va_list ap) {
  int count = 0;
  const char *p = format;
  while (*p) {
    int flags = 0, width = 0, precision = -1, length = LEN_NONE, conv;
    const char *text = p;
    while (*p && *p != '%')
      p++;
    if (p > text) {
      __stdio_put(f, text, p - text);
      count += p - text;
      continue;
    }
    p++;
    for (;; p++) {
      if (*p == '-')
        flags |= FMT_MINUS;
      else if (*p == '+')
        flags |= FMT_PLUS;
      else if (*p == ' ')
        flags |= FMT_SPACE;
      else if (*p == '#')
        flags |= FMT_HASH;
      else if (*p == '0')
        flags |= FMT_ZERO;
      else
        break;
    }
    if (*p == '*') {
      width = va_arg(ap, int);
      if (width < 0) {
        flags |= FMT_MINUS;
        width = -width;
      }
      p++;
    } else {
      for (; *p >= '0' && *p <= '9'; p++)
        width = width * 10 + (*p - '0');
    }
    if (*p == '.') {
      p++;
      if (*p == '*') {
        precision = va_arg(ap, int);
        if (precision < 0)
          precision = -1;
        p++;
      } else {
        for (precision = 0; *p >= '0' && *p <= '9'; p++)
          precision = precision * 10 + (*p - '0');
      }
    }
    if (*p == 'h')
      length = *++p == 'h' ? (p++, LEN_HH) : LEN_H;
    else if (*p == 'l')
      length = *++p == 'l' ? (p++, LEN_LL) : LEN_L;
    else if (*p == 'z' || *p == 'j' || *p == 't' || *p == 'L' || *p == 'q')
      length = *p == 'z' ? LEN_Z : *p == 'j' ? LEN_J : *p == 't' ? LEN_T : *p == 'L' ? LEN_BIG_L : LEN_LL, p++;
    conv = *p;
    if (!conv)
      break;
    p++;
    if (flags & FMT_MINUS)
      flags &= ~FMT_ZERO;
    if (flags & FMT_PLUS)
      flags &= ~FMT_SPACE;
    if (conv == 'd' || conv == 'i') {
      intmax_t v;
      if (length == LEN_L || length == LEN_LL || length == LEN_Z || length == LEN_J || length == LEN_T)
        v = va_arg(ap, long);
      else
        v = va_arg(ap, int);
      if (length == LEN_HH)
        v = (signed char)v;
      else if (length == LEN_H)
        v = (short)v;
      count += format_integer(f, v < 0 ? -(uintmax_t)v : (uintmax_t)v, v < 0, conv, flags, width, precision);
    } else if (conv == 'u' || conv == 'o' || conv == 'x' || conv == 'X') {
      uintmax_t v;
      if (length == LEN_L || length == LEN_LL || length == LEN_Z || length == LEN_J || length == LEN_T)
        v = va_arg(ap, unsigned long);
      else
        v = va_arg(ap, unsigned int);
      if (length == LEN_HH)
        v = (unsigned char)v;
      else if (length == LEN_H)
        v = (unsigned short)v;
      count += format_integer(f, v, 0, conv, flags, width, precision);
    } else if (conv == 'p') {
      void *ptr = va_arg(ap, void *);
      if (ptr)
        count += format_integer(f, (uintptr_t)ptr, 0, 'p', flags | FMT_HASH, width, precision);
      else
        count += field(f, "", 0, "(nil)", 5, flags, width);
    } else if (conv == 'c') {
      char ch = va_arg(ap, int);
      count += field(f, "", 0, &ch, 1, flags, width);
    } else if (conv == 's') {
      const char *s = va_arg(ap, const char *);
      if (!s)
        s = precision < 0 || precision >= 6 ? "(null)" : "";
      count += field(f, "", 0, s, precision < 0 ? strlen(s) : strnlen(s, precision), flags, width);
    } else if (conv == 'f' || conv == 'F' || conv == 'e' || conv == 'E' || conv == 'g' || conv == 'G' || conv == 'a' || conv == 'A') {
      count += __format_double(f, va_arg(ap, double), conv, flags, width, precision);
    } else if (conv == 'n') {
      void *where = va_arg(ap, void *);
      if (length == LEN_HH)
        *(signed char *)where = count;
      else if (length == LEN_H)
        *(short *)where = count;
      else if (length == LEN_NONE)
        *(int *)where = count;
      else
        *(long *)where = count;
    } else if (conv == '%') {
      __stdio_put(f, "%", 1);
      count++;
    } else {
      /* An unknown conversion is printed as it was written, as glibc does. */
      __stdio_put(f, text, p - text);
      count += p - text;
    }
  }
  return ferror(f) ? -1 : count;
}
