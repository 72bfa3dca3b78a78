// Linux calls that Swift's Glibc module does not import: epoll, eventfd, mallopt, and three GNU
// extensions declared here by hand (defining _GNU_SOURCE would clash with the Glibc module's own headers).
#include <malloc.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

extern int accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);
extern int pthread_setname_np(pthread_t thread, const char *name);
extern int sched_getaffinity(int pid, size_t size, void *mask);

static inline int clinuxio_accept4(int fd, int flags) { return accept4(fd, (void *)0, (void *)0, flags); }
