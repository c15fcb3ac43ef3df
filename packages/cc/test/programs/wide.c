// Wide and Unicode character constants and string literals: L (wchar_t: int on x86-64,
// unsigned int on AArch64), u (char16_t), U (char32_t), u8; concatenation takes the wide
// prefix; \u and \U become UTF-8, UTF-16 or UTF-32; wide arrays from wide strings.
typedef __typeof__(L'a') wchar_t;
typedef __typeof__(u'a') char16_t;
typedef __typeof__(U'a') char32_t;

wchar_t gw[] = L"glob\u00e9";
char16_t g16[] = u"x\U0001F600y";
char32_t g32[8] = U"\U0001F600z";
char g8[] = u8"caf\u00e9";
wchar_t *gp = L"pointer";
const char16_t *names[] = { u"one", u"two" };
wchar_t grid[2][4] = { L"ab", L"cde" };

static unsigned long wlen(const wchar_t *s) { unsigned long n = 0; while (s[n]) n++; return n; }

int main(void) {
  ASSERT(4, sizeof(L'a'));
  ASSERT(2, sizeof(u'a'));
  ASSERT(4, sizeof(U'a'));
  printf("L'a' is %s\n", _Generic(L'a', int: "int", unsigned int: "unsigned int", default: "?"));
  printf("u'a' is %s\n", _Generic(u'a', unsigned short: "unsigned short", default: "?"));
  printf("U'a' is %s\n", _Generic(U'a', unsigned int: "unsigned int", default: "?"));
  ASSERT(233, L'\u00e9');
  ASSERT(0x1F600, U'\U0001F600');
  ASSERT(65535, u'\xffff');
  printf("L'\\xffffffff' < 0: %d\n", L'\xffffffff' < 0);
  ASSERT(12, sizeof(L"ab"));
  ASSERT(6, sizeof(u"ab"));
  ASSERT(12, sizeof(U"ab"));
  ASSERT(3, sizeof(u8"ab"));
  ASSERT(16, sizeof(L"a" "b" "c"));
  ASSERT(16, sizeof("a" L"b" "c"));
  ASSERT(6, sizeof(u"\U0001F600"));
  ASSERT(3, sizeof("\u00e9"));
  ASSERT(195, (unsigned char)"\u00e9"[0]);
  ASSERT(169, (unsigned char)u8"\u00e9"[1]);
  ASSERT(255, (L"a" "\xff")[1]);
  ASSERT(0x263a, L"\u263a"[0]);
  ASSERT(0xd83d, u"\U0001F600"[0]);
  ASSERT(0xde00, u"\U0001F600"[1]);
  ASSERT(24, sizeof gw);
  ASSERT(233, gw[4]);
  ASSERT(10, sizeof g16);
  ASSERT(0xd83d, g16[1]);
  ASSERT('y', g16[3]);
  ASSERT(32, sizeof g32);
  ASSERT('z', g32[1]);
  ASSERT(0, g32[7]);
  ASSERT(6, sizeof g8);
  ASSERT(7, wlen(gp));
  ASSERT('w', names[1][1]);
  ASSERT('d', grid[1][1]);
  ASSERT(0, grid[0][3]);
  wchar_t lw[] = L"local";
  char16_t l16[4] = u"ab";
  ASSERT(24, sizeof lw);
  ASSERT('c', lw[2]);
  ASSERT('b', l16[1]);
  ASSERT(0, l16[3]);
  ASSERT(5, wlen(lw));
  const wchar_t *p = L"xyz" + 1;
  ASSERT('y', *p);
  int sum = 0;
  for (const char32_t *q = U"\x10\x20\x30"; *q; q++) sum += *q;
  ASSERT(0x60, sum);
  return 0;
}
