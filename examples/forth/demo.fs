\ demo.fs: what the tiny Forth in forth.c can do. Run it: ./forth < demo.fs
." squares: " 11 1 do i i * . loop cr

: fact ( n -- n! ) dup 1 > if dup 1 - fact * then ;
." 20! = " 20 fact . cr

: fib ( n -- ) 0 1 rot 0 do over . swap over + loop drop drop ;
." fibonacci: " 15 fib cr

: stars ( n -- ) 0 do 42 emit loop ;
: triangle ( n -- ) 1 + 1 do i stars cr loop ;
5 triangle

: divides? ( n d -- flag ) mod 0= ;
: fizzbuzz ( n -- )
  1 + 1 do
    i 15 divides? if ." FizzBuzz " else
    i 3 divides? if ." Fizz " else
    i 5 divides? if ." Buzz " else i . then then then
  loop cr ;
15 fizzbuzz

: collatz ( n -- steps ) 0 swap begin
    dup 2 mod if 3 * 1 + else 2 / then
    swap 1 + swap dup 1 = until drop ;
." 27 reaches 1 in " 27 collatz . ." steps" cr

." stack: " 1 2 3 .s cr drop drop drop
6 7 *
