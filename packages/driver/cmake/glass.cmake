# CMake toolchain file for Glass: `cmake -DCMAKE_TOOLCHAIN_FILE=<this file> -S … -B …`.
#
# CMake identifies a C compiler by compiling CMakeCCompilerId.c and reading which vendor
# macro was defined (__GNUC__, __clang__, … see Modules/Compiler/*-DetermineCompiler.cmake).
# Glass defines none of them: it is not gcc, and claiming __GNUC__ would promise every GNU
# extension glibc's headers then use. When that check finds nothing, CMake asks each entry of
# CMAKE_C_COMPILER_ID_VENDORS (normally only IAR) by running the compiler with a flag and
# matching its output; this file adds Glass there (`glass-cc --version` says "Glass C
# toolchain"), so CMake reports "The C compiler identification is Glass", and loads
# Compiler/Glass-C.cmake from this directory for the flags Glass takes.
#
# Cross-compiling for AArch64: also set CMAKE_SYSTEM_NAME Linux, CMAKE_SYSTEM_PROCESSOR
# aarch64 and CMAKE_C_COMPILER_TARGET aarch64-linux-gnu, as glass-aarch64.cmake does.

list(APPEND CMAKE_MODULE_PATH "${CMAKE_CURRENT_LIST_DIR}")
if(NOT CMAKE_C_COMPILER AND NOT DEFINED ENV{CC})
  set(CMAKE_C_COMPILER "${CMAKE_CURRENT_LIST_DIR}/../bin/glass-cc")
endif()
list(APPEND CMAKE_C_COMPILER_ID_VENDORS Glass)
set(CMAKE_C_COMPILER_ID_VENDOR_FLAGS_Glass --version)
set(CMAKE_C_COMPILER_ID_VENDOR_REGEX_Glass "Glass C toolchain")
