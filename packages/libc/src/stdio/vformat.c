/* __vformat: the printf engine (C11 7.21.6.1), shared by every printf-family function.

   A conversion specification is  %[flags][width][.precision][length]conversion:
     flags      - + space # 0      (bit i of `flags` is the i-th character of "-+ #0")
     width      digits or * (a negative * width means '-' and its absolute value)
     precision  .digits or .* (negative means none)
     length     hh h l ll z j t (L is read but long double is not supported)
   The engine is written to be small, because every program that prints links it: one
   va_arg site per argument class (int, long, pointer, double), and the integer conversions
   share one path that narrows the value as the length modifier says. Integers are formatted
   into a small buffer, right to left; the field is then laid out as
   [spaces][sign or 0x][zeros]digits[spaces]. Floating conversions go to format_double.c,
   through a weak reference: that member is linked only into programs that reference
   __format_double themselves (a compiler marks every translation unit that passes a floating argument
   through `...`; see stdio.h), so printf("%d") does not carry the exact-decimal machinery.
   Without it a floating conversion consumes its argument and is printed as written.
   The count of characters produced is returned even for a string FILE that dropped some
   (snprintf returns the length it would have written). */
#include <string.h>
#include <stdint.h>
#include "../internal/stdio_impl.h"

int __format_double(FILE *f, double x, int conv, int flags, int width, int precision) __attribute__((weak));

/* The index of c in set, or -1 (never matches the terminating NUL). */
static int position(const char *set, int c) {
  int i;
  for (i = 0; set[i]; i++)
    if (set[i] == c)
      return i;
  return -1;
}

/* The next integer argument: a long for the l, ll, z, j and t lengths, else an int. */
static long int_arg(va_list *args, int wide) {
  return wide ? va_arg(*args, long) : va_arg(*args, int);
}

/* A width or precision: digits, or * (the next int argument). */
static int number(const char **p, va_list *args) {
  int n = 0;
  if (**p == '*') {
    ++*p;
    return int_arg(args, 0);
  }
  for (; **p >= '0' && **p <= '9'; ++*p)
    n = n * 10 + (**p - '0');
  return n;
}

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
static int format_integer(FILE *f, unsigned long value, int negative, int conv, int flags, int width, int precision) {
  char buf[24], prefix[3];
  const char *digits = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
  int len = 0, plen = 0, zeros;
  if (negative)
    prefix[plen++] = '-';
  else if ((conv == 'd' || conv == 'i') && (flags & (FMT_PLUS | FMT_SPACE)))
    prefix[plen++] = flags & FMT_PLUS ? '+' : ' ';
  for (; value; value /= base)
    buf[sizeof buf - ++len] = digits[value % base];
  if ((flags & FMT_HASH) && base == 16 && len) {
    prefix[plen++] = '0';
    prefix[plen++] = conv;
  }
  prefix[plen] = 0;
  if (precision < 0)
    precision = 1;
  else
    flags &= ~FMT_ZERO;
  zeros = precision > len ? precision - len : 0;
  if ((flags & FMT_HASH) && base == 8 && !zeros && (!len || buf[sizeof buf - len] != '0'))
    zeros = 1;
  if ((flags & FMT_ZERO) && width > plen + zeros + len)
    zeros = width - plen - len;
  return field(f, prefix, zeros, buf + sizeof buf - len, len, flags, width);
}

int __vformat(FILE *f, const char *format, va_list ap) {
  va_list args;
  int count = 0;
  const char *p = format;
  va_copy(args, ap);
  while (*p) {
    int flags = 0, width, precision = -1, wide = 0, narrow = 0, bit, conv;
    const char *text = p;
    while (*p && *p != '%')
      p++;
    if (p > text) {
      __stdio_put(f, text, p - text);
      count += p - text;
      continue;
    }
    for (p++; (bit = position("-+ #0", *p)) >= 0; p++)
      flags |= 1 << bit;
    width = number(&p, &args);
    if (width < 0) {
      flags |= FMT_MINUS;
      width = -width;
    }
    if (*p == '.') {
      p++;
      precision = number(&p, &args);
      if (precision < 0)
        precision = -1;
    }
    if (*p == 'h')
      narrow = *++p == 'h' ? (p++, 2) : 1;
    else if (position("lzjtLq", *p) >= 0)
      wide = *p++ == 'l' && *p == 'l' ? (p++, 1) : 1;
    conv = *p;
    if (!conv)
      break;
    p++;
    if (flags & FMT_MINUS)
      flags &= ~FMT_ZERO;
    if (flags & FMT_PLUS)
      flags &= ~FMT_SPACE;
    if (position("diouxXc", conv) >= 0) {
      long v = int_arg(&args, wide);
      int is_signed = conv == 'd' || conv == 'i';
      char ch = v;
      if (!wide && !is_signed)
        v = (unsigned int)v;
      if (narrow == 1)
        v = is_signed ? (short)v : (unsigned short)v;
      else if (narrow == 2)
        v = is_signed ? (signed char)v : (unsigned char)v;
      if (conv == 'c')
        count += field(f, "", 0, &ch, 1, flags, width);
      else
        count += format_integer(f, is_signed && v < 0 ? -(unsigned long)v : v, is_signed && v < 0, conv, flags, width, precision);
    } else if (position("spn", conv) >= 0) {
      void *ptr = va_arg(args, void *);
      const char *s = ptr;
      if (conv == 'p' && ptr)
        count += format_integer(f, (uintptr_t)ptr, 0, 'x', flags | FMT_HASH, width, precision);
      else if (conv == 'p')
        count += field(f, "", 0, "(nil)", 5, flags, width);
      else if (conv == 's') {
        if (!s)
          s = precision < 0 || precision >= 6 ? "(null)" : "";
        count += field(f, "", 0, s, precision < 0 ? strlen(s) : strnlen(s, precision), flags, width);
      } else if (narrow == 2)
        *(signed char *)ptr = count;
      else if (narrow == 1)
        *(short *)ptr = count;
      else if (wide)
        *(long *)ptr = count;
      else
        *(int *)ptr = count;
    } else if (position("fFeEgGaA", conv) >= 0 && __format_double) {
      count += __format_double(f, va_arg(args, double), conv, flags, width, precision);
    } else {
      /* %%, and an unknown conversion printed as it was written, as glibc does (also a
         floating one in a program that does not link them: its argument is skipped). */
      if (conv == '%')
        text = p - 1;
      else if (position("fFeEgGaA", conv) >= 0)
        va_arg(args, double);
      __stdio_put(f, text, p - text);
      count += p - text;
    }
  }
  va_end(args);
  return ferror(f) ? -1 : count;
}
