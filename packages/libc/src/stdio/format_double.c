/* printf's floating conversions (C11 7.21.6.1): %f %F %e %E %g %G %a %A, with the output
   glibc gives in the default rounding mode, digit for digit.

   %f %e %g start from the exact decimal expansion of the value (src/decimal/decimal.c), rounded once
   to the digits the conversion keeps:
     %f   precision p: the digits down to 10^-p       keep = point + p
     %e   precision p: p + 1 significant digits       keep = p + 1
     %g   precision P (0 means 1): P significant digits, then with X the decimal exponent
          of the rounded value: %f with precision P-1-X when P > X >= -4, else %e with
          precision P-1; trailing zeros go unless '#'.
   %a prints the bits themselves: 0x1.<13 hex digits>p<exponent> (0x0.… for subnormals),
   rounded to nearest-even when a precision asks for fewer hex digits.
   The field is [spaces][sign][0x][zeros]body[spaces], like the integer conversions.

   __vformat reaches __format_double through a weak reference, so this member (and the
   decimal expansion it needs) is linked only when something else references __format_double:
   the mark of a program that passes floating arguments to a variadic function (stdio.h). */
#include <string.h>
#include "../internal/stdio_impl.h"
#include "../internal/decimal.h"

/* Collects the output of one conversion in small chunks before handing it to the FILE. */
struct chunk {
  FILE *f;
  int n;
  char buf[64];
};

static void emit(struct chunk *c, int ch) {
  if (c->n == (int)sizeof c->buf) {
    __stdio_put(c->f, c->buf, c->n);
    c->n = 0;
  }
  c->buf[c->n++] = ch;
}

static void emit_flush(struct chunk *c) {
  __stdio_put(c->f, c->buf, c->n);
  c->n = 0;
}

/* Digits from..from+count-1 of d: beyond the expansion (either side) they are zeros. */
static void emit_digits(struct chunk *c, const struct decimal *d, int from, int count) {
  for (; count > 0; count--, from++)
    emit(c, from >= 0 && from < d->len ? d->digits[from] : '0');
}

/* The number of decimal digits of |x|, at least `minimum`. */
static int digit_count(int x, int minimum) {
  int n = 1;
  if (x < 0)
    x = -x;
  for (; x >= 10; x /= 10)
    n++;
  return n < minimum ? minimum : n;
}

/* p+12, e-05, E+308: the marker, the sign, then at least `minimum` digits. */
static void emit_exponent(struct chunk *c, int marker, int x, int minimum) {
  int n = digit_count(x, minimum), p = 1;
  emit(c, marker);
  emit(c, x < 0 ? '-' : '+');
  if (x < 0)
    x = -x;
  while (--n)
    p *= 10;
  for (; p; p /= 10)
    emit(c, '0' + x / p % 10);
}

/* Pads before the body; returns the number of padding bytes. The prefix (sign, 0x) goes
   after space padding but before zero padding. */
static int open_field(struct chunk *c, const char *prefix, int flags, int width, int len) {
  int padding = width > len ? width - len : 0, i;
  if (!(flags & FMT_MINUS) && !(flags & FMT_ZERO))
    for (i = 0; i < padding; i++)
      emit(c, ' ');
  for (; *prefix; prefix++)
    emit(c, *prefix);
  if (!(flags & FMT_MINUS) && (flags & FMT_ZERO))
    for (i = 0; i < padding; i++)
      emit(c, '0');
  return padding;
}

static int close_field(struct chunk *c, int flags, int len, int padding) {
  if (flags & FMT_MINUS)
    for (; padding; padding--)
      emit(c, ' ');
  emit_flush(c);
  return len + padding;
}

/* %a: [sign]0x<lead>.<hex digits>p<exponent>. */
static int format_hex(struct chunk *c, unsigned long bits, char *prefix, int upper, int flags, int width, int precision) {
  const char *hexdigits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  int biased = (bits >> 52) & 0x7ff, exponent, ndigits, zeros = 0, point, len, padding, i;
  unsigned long full = bits & 0xfffffffffffffUL;
  if (biased)
    full |= 1UL << 52;
  exponent = full ? (biased ? biased - 1023 : -1022) : 0;
  if (precision >= 0 && precision < 13) {
    int shift = 4 * (13 - precision);
    unsigned long rest = full & ((1UL << shift) - 1), half = 1UL << (shift - 1);
    full >>= shift;
    if (rest > half || (rest == half && (full & 1)))
      full++;
    ndigits = precision;
  } else {
    for (ndigits = 13; ndigits && !(full & 15); ndigits--)
      full >>= 4;
    if (precision > ndigits)
      zeros = precision - ndigits;
  }
  strcat(prefix, upper ? "0X" : "0x");
  point = ndigits + zeros || (flags & FMT_HASH);
  len = strlen(prefix) + 1 + point + ndigits + zeros + 2 + digit_count(exponent, 1);
  padding = open_field(c, prefix, flags, width, len);
  emit(c, hexdigits[full >> (4 * ndigits)]);
  if (point)
    emit(c, '.');
  for (i = ndigits - 1; i >= 0; i--)
    emit(c, hexdigits[(full >> (4 * i)) & 15]);
  for (; zeros; zeros--)
    emit(c, '0');
  emit_exponent(c, upper ? 'P' : 'p', exponent, 1);
  return close_field(c, flags, len, padding);
}

int __format_double(FILE *f, double x, int conv, int flags, int width, int precision) {
  struct chunk c;
  struct decimal d;
  unsigned long bits;
  char prefix[4];
  int upper = conv >= 'A' && conv <= 'Z', exponent, point, len, padding;
  c.f = f;
  c.n = 0;
  memcpy(&bits, &x, sizeof bits);
  prefix[0] = bits >> 63 ? '-' : (flags & FMT_PLUS) ? '+' : (flags & FMT_SPACE) ? ' ' : 0;
  prefix[1] = 0;
  conv |= 32;
  if (((bits >> 52) & 0x7ff) == 0x7ff) {
    const char *word = bits & 0xfffffffffffffUL ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    len = strlen(prefix) + 3;
    padding = open_field(&c, prefix, flags & ~FMT_ZERO, width, len);
    for (; *word; word++)
      emit(&c, *word);
    return close_field(&c, flags, len, padding);
  }
  if (conv == 'a')
    return format_hex(&c, bits, prefix, upper, flags, width, precision);
  if (precision < 0)
    precision = 6;
  __decimal_from_double(x, &d);
  if (conv == 'g') {
    int significant = precision ? precision : 1;
    __decimal_round(&d, significant);
    exponent = d.len ? d.point - 1 : 0;
    if (significant > exponent && exponent >= -4) {
      conv = 'f';
      precision = significant - 1 - exponent;
      if (!(flags & FMT_HASH) && precision > d.len - d.point)
        precision = d.len - d.point > 0 ? d.len - d.point : 0;
    } else {
      conv = 'e';
      precision = significant - 1;
      if (!(flags & FMT_HASH) && precision > d.len - 1)
        precision = d.len > 1 ? d.len - 1 : 0;
    }
  } else if (conv == 'e') {
    __decimal_round(&d, precision + 1);
  } else {
    __decimal_round(&d, d.point + precision);
  }
  point = precision || (flags & FMT_HASH);
  if (conv == 'e') {
    exponent = d.len ? d.point - 1 : 0;
    len = strlen(prefix) + 1 + point + precision + 2 + digit_count(exponent, 2);
    padding = open_field(&c, prefix, flags, width, len);
    emit_digits(&c, &d, 0, 1);
    if (point)
      emit(&c, '.');
    emit_digits(&c, &d, 1, precision);
    emit_exponent(&c, upper ? 'E' : 'e', exponent, 2);
  } else {
    int integer = d.point > 0 ? d.point : 1;
    len = strlen(prefix) + integer + point + precision;
    padding = open_field(&c, prefix, flags, width, len);
    emit_digits(&c, &d, d.point > 0 ? 0 : -1, integer);
    if (point)
      emit(&c, '.');
    emit_digits(&c, &d, d.point, precision);
  }
  return close_field(&c, flags, len, padding);
}
