# CMake toolchain file for cross-compiling with Glass for AArch64 Linux:
# `cmake -DCMAKE_TOOLCHAIN_FILE=<this file> -S … -B …`. It is glass.cmake (which makes CMake
# identify Glass) plus the target: glass-cc gets `--target=aarch64-linux-gnu`, and ctest runs
# the programs under qemu-aarch64 (user-mode emulation), with the cross sysroot for ld.so and
# the shared libraries a dynamic program loads.

include("${CMAKE_CURRENT_LIST_DIR}/glass.cmake")
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER_TARGET aarch64-linux-gnu)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu)
