#define m(a) a
#define n(a) a
m
(f)^x;
m(
f)^x;
n(m
(f))^x;
m
(f) ^x;
