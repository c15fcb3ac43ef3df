// Reductions of programs csmith generated that Glass once got wrong (scripts/fuzz-csmith.mjs).
// Each block names what broke: parenthesized function names in definitions (csmith's
// `static int8_t (safe_add)(int8_t a, int8_t b)`), null pointers cast between pointer types in
// static initializers, the address of an element of a multi-dimensional static array, and
// float temporaries more than 16 KiB up an AArch64 frame (`str s0, [sp, #20016]` is out of
// range: 4-byte accesses reach only 16380, 8-byte ones 32760), and gcc's bit builtins
// (`csmith --builtins`).
#define FUNC_NAME(x) (safe_##x)
static signed char FUNC_NAME(add)(signed char si1, signed char si2) { return si1 + si2; }
static int (twice)(int x) { return 2 * x; }
int (*(pick)(int which))(int) { return which ? twice : 0; }

static int *null_int = (void *)0;
static long **null_pp = (long **)(void *)0;
static int *nulls[3] = {(void *)0, (int *)(void *)0, 0};

static unsigned char bytes[6][9][4];
static unsigned char *one_byte = &bytes[5][1][0];
static unsigned char (*row)[4] = &bytes[2][3];
static unsigned char *row_start = bytes[4][2];
static unsigned char **cells[2] = {&one_byte, &row_start};
struct holder { int pad; int grid[3][2]; };
static struct holder h;
static int *grid_cell = &h.grid[2][1];
static int *grid_row = h.grid[1];

float far_floats(float x, int i) {
  volatile char big[20000];
  big[i] = 1;
  float y = x * 2.0f + big[i];
  return y - 0.5f;
}

unsigned long long bit_inputs[4] = {0x80, 0xffffffffu, 0x123456789abcdef0ull, 0x8000000000000000ull};

int main(void) {
  ASSERT(7, (safe_add)(3, 4));
  ASSERT(-2, FUNC_NAME(add)(-1, -1));
  ASSERT(10, pick(1)(5));
  ASSERT(1, null_int == 0 && null_pp == 0);
  ASSERT(1, nulls[0] == 0 && nulls[1] == 0 && nulls[2] == 0);
  ASSERT(5 * 36 + 1 * 4, one_byte - &bytes[0][0][0]);
  ASSERT(2 * 36 + 3 * 4, *row - &bytes[0][0][0]);
  ASSERT(4 * 36 + 2 * 4, row_start - &bytes[0][0][0]);
  ASSERT(1, *cells[0] == one_byte && *cells[1] == row_start);
  ASSERT(4 + 5 * 4, (char *)grid_cell - (char *)&h);
  ASSERT(4 + 2 * 4, (char *)grid_row - (char *)&h);
  ASSERT(28, (int)(far_floats(3.25f, 5) * 4));
  volatile unsigned u = (unsigned)bit_inputs[0];
  volatile unsigned long long v = bit_inputs[2];
  ASSERT(24, __builtin_clz(u));
  ASSERT(7, __builtin_ctz(u));
  ASSERT(32, __builtin_popcount((unsigned)bit_inputs[1]));
  ASSERT(1, __builtin_parity(u));
  ASSERT(8, __builtin_ffs((int)u));
  ASSERT(0, __builtin_ffs(0));
  ASSERT(3, __builtin_clzll(v));
  ASSERT(4, __builtin_ctzl(v));
  ASSERT(32, __builtin_popcountll(v));
  ASSERT(0, __builtin_parityl(v));
  ASSERT(64, __builtin_ffsll((long long)bit_inputs[3]));
  ASSERT(0, __builtin_clzl(bit_inputs[3]));
  ASSERT(0x8000, __builtin_bswap16((unsigned short)u));
  ASSERT(0x80000000u, __builtin_bswap32(u));
  ASSERT(0xf0debc9a78563412ull == __builtin_bswap64(v), 1);
  return 0;
}
