/* sys/types.h: POSIX system data types, as both LP64 Linux targets define them. */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

typedef __SIZE_TYPE__ size_t;
typedef long ssize_t;
typedef long off_t;
typedef int pid_t;
typedef unsigned int uid_t;
typedef unsigned int gid_t;
typedef unsigned int mode_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef long time_t;
typedef long blksize_t;
typedef long blkcnt_t;

#endif
