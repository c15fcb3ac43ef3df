/* math_impl.h (internal): bit access to doubles and the double-double helpers the
   elementary functions use to carry about 106 bits through their critical steps.

   A double-double is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2. Its two exact
   building blocks (Dekker 1971, Knuth TAOCP 4.2.2):
     two_sum(a, b):  s = fl(a + b) and the exact error a + b - s
     two_prod(a, b): p = fl(a * b) and the exact error, by splitting each factor into
                     26-bit halves whose products are exact. */
#ifndef _GLASS_MATH_IMPL_H
#define _GLASS_MATH_IMPL_H

unsigned long __double_bits(double x);
double __bits_double(unsigned long bits);

struct dd {
  double hi, lo;
};

struct dd __two_sum(double a, double b);
struct dd __two_prod(double a, double b);
/* a * 2^n for any n, with one rounding (ldexp). */
double __scale(double a, int n);
/* log(x) as a double-double, for finite x > 0 (relative error about 2^-100). */
struct dd __log_dd(double x);
/* exp(hi + lo), for the double-double hi + lo; overflow and underflow give inf and 0. */
double __exp_dd(double hi, double lo);
/* Sets errno to e and returns x: how math functions report domain and range errors. */
double __math_error(double x, int e);

#endif
