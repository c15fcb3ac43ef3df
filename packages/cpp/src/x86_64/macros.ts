// Macros gcc predefines for x86-64 Linux beyond the shared LP64 set in ../predefined.ts:
// the architecture names, the x87 80-bit long double and a signed 32-bit wchar_t. Values are the ones `gcc -dM -E` prints (gcc 12).
export const x86_64Macros: ReadonlyArray<readonly [string, string]> = [
  ["__LDBL_DECIMAL_DIG__", "21"],
  ["__LDBL_DENORM_MIN__", "3.64519953188247460252840593361941982e-4951L"],
  ["__LDBL_DIG__", "18"],
  ["__LDBL_EPSILON__", "1.08420217248550443400745280086994171e-19L"],
  ["__LDBL_MANT_DIG__", "64"],
  ["__LDBL_MAX__", "1.18973149535723176502126385303097021e+4932L"],
  ["__LDBL_NORM_MAX__", "1.18973149535723176502126385303097021e+4932L"],
  ["__WCHAR_MAX__", "0x7fffffff"],
  ["__WCHAR_MIN__", "(-__WCHAR_MAX__ - 1)"],
  ["__WCHAR_TYPE__", "int"],
  ["__amd64", "1"],
  ["__amd64__", "1"],
  ["__x86_64", "1"],
  ["__x86_64__", "1"],
];
