/* #__VA_OPT__ (C23 6.10.4.2, GNU since gcc 12): the string of what __VA_OPT__ becomes. */
#define M 7
#define F(a, ...) #__VA_OPT__(a __VA_ARGS__) | # __VA_OPT__( x )
#define H(a, ...) # __VA_OPT__(a##a __VA_ARGS__ "s\n" #a)
#define J(a, ...) x ## __VA_OPT__(a b) ## y
#define K(...) #__VA_OPT__(__VA_ARGS__)
F(1) F(1,) F(1, 2, 3)
F(M, M) F( 1 , 2,3 ) F(  1  ,   2  ,  3  )
H(q, "r") J(1, 2) J(1)
K(  "a\n"  'b'   c  ) K()
