/* hide sets, padding, GNU and C2x extensions */
#define foo foo
#define bar(x) bar(x) x
#define f(a) a*g
#define g(a) f(a)
#define EMPTY
#define LPAREN (
#define RPAREN )
#define F(x, y) x + y
#define ELLIP_FUNC(...) __VA_ARGS__
#define e(fmt, ...) printf(fmt, ## __VA_ARGS__)
#define o(fmt, ...) printf(fmt __VA_OPT__(,) __VA_ARGS__)
#define cat(a, b) a ## b
#define xcat(a, b) cat(a, b)
#define neg -
#define plus +
foo bar(1) bar(bar(2))
f(2)(9)
ELLIP_FUNC(F, LPAREN, 'a', 'b', RPAREN);
e("x") e("y", 1, 2) o("z") o("w", 3)
-neg a neg-1 +plus b plus+2 x EMPTY y
cat(1, 2) xcat(xcat(a, b), c) cat(., 5) cat(<, <=) cat(%:, %:)
__LINE__ __INCLUDE_LEVEL__ __COUNTER__ __COUNTER__
#if defined(foo) && !defined bar2 && (1 ? 2 : (1/0)) && 'a' == 97 && -1 < 0u == 0 && 0x10 >> 2 == 4
ok1
#elif 1
bad
#else
bad
#endif
#ifdef __x86_64__
x86
#elif defined __aarch64__
arm
#endif
#if __has_include("torture.c") && !__has_include("no-such-header.h")
has_include_works
#endif
#line 100 "renamed.c"
__LINE__ __FILE__
#pragma weak foo
# 
after
