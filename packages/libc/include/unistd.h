/* unistd.h: POSIX wrappers over Linux system calls. Each sets errno and returns -1 on
   failure. */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

#ifndef NULL
#define NULL ((void *)0)
#endif

extern char **environ;

ssize_t read(int fd, void *buf, size_t count);
ssize_t write(int fd, const void *buf, size_t count);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int unlink(const char *path);
int rmdir(const char *path);
int access(const char *path, int mode);
int dup(int fd);
int dup2(int fd, int newfd);
int pipe(int fds[2]);
int chdir(const char *path);
char *getcwd(char *buf, size_t size);
int fsync(int fd);
int ftruncate(int fd, off_t length);
int isatty(int fd);
pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
void *sbrk(long increment);
int brk(void *addr);
void _exit(int status);

#endif
