/* syscall.h (internal): Linux system call numbers for each target and the helpers every
   wrapper uses. x86-64 keeps the historic numbering (arch/x86/entry/syscalls/syscall_64.tbl);
   AArch64 uses the generic table (include/uapi/asm-generic/unistd.h), which has no open,
   unlink or rename: the *at forms with AT_FDCWD stand in for them on both targets. */
#ifndef _GLASS_SYSCALL_H
#define _GLASS_SYSCALL_H

#ifdef __x86_64__
#define SYS_read 0
#define SYS_write 1
#define SYS_close 3
#define SYS_fstat 5
#define SYS_lseek 8
#define SYS_mmap 9
#define SYS_mprotect 10
#define SYS_munmap 11
#define SYS_brk 12
#define SYS_rt_sigaction 13
#define SYS_rt_sigprocmask 14
#define SYS_ioctl 16
#define SYS_dup 32
#define SYS_getpid 39
#define SYS_kill 62
#define SYS_fcntl 72
#define SYS_fsync 74
#define SYS_ftruncate 77
#define SYS_getcwd 79
#define SYS_chdir 80
#define SYS_getuid 102
#define SYS_getppid 110
#define SYS_clock_gettime 228
#define SYS_exit_group 231
#define SYS_openat 257
#define SYS_mkdirat 258
#define SYS_newfstatat 262
#define SYS_unlinkat 263
#define SYS_renameat 264
#define SYS_faccessat 269
#define SYS_dup3 292
#define SYS_pipe2 293
#else
#define SYS_read 63
#define SYS_write 64
#define SYS_close 57
#define SYS_fstat 80
#define SYS_lseek 62
#define SYS_mmap 222
#define SYS_mprotect 226
#define SYS_munmap 215
#define SYS_brk 214
#define SYS_rt_sigaction 134
#define SYS_rt_sigprocmask 135
#define SYS_ioctl 29
#define SYS_dup 23
#define SYS_getpid 172
#define SYS_kill 129
#define SYS_fcntl 25
#define SYS_fsync 82
#define SYS_ftruncate 46
#define SYS_getcwd 17
#define SYS_chdir 49
#define SYS_getuid 174
#define SYS_getppid 173
#define SYS_clock_gettime 113
#define SYS_exit_group 94
#define SYS_openat 56
#define SYS_mkdirat 34
#define SYS_newfstatat 79
#define SYS_unlinkat 35
#define SYS_renameat 38
#define SYS_faccessat 48
#define SYS_dup3 24
#define SYS_pipe2 59
#endif

/* The kernel's "current directory" file descriptor for the *at calls. */
#define AT_FDCWD (-100)

/* The assembly door (src/<machine>/syscall.s) and its C conveniences. */
long __syscall(long n, long a1, long a2, long a3, long a4, long a5, long a6);
#define __syscall0(n) __syscall(n, 0, 0, 0, 0, 0, 0)
#define __syscall1(n, a) __syscall(n, (long)(a), 0, 0, 0, 0, 0)
#define __syscall2(n, a, b) __syscall(n, (long)(a), (long)(b), 0, 0, 0, 0)
#define __syscall3(n, a, b, c) __syscall(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define __syscall4(n, a, b, c, d) __syscall(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

/* A raw result in -4095..-1 is -errno: store it in errno and return -1, as POSIX wants. */
long __syscall_ret(long r);

#endif
