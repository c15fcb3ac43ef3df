/* malloc, free, calloc, realloc: the heap allocator.

   Small blocks come from the heap, the region after .bss that sbrk grows; blocks of
   MMAP_THRESHOLD bytes or more get pages of their own from mmap and give them back on free.
   The heap is a row of chunks, each starting with a 16-byte header:

       prev_size  the size of the chunk just before (0 for the first)
       size       this chunk's size, header included, a multiple of 16; the low bits are
                  flags: IN_USE, MMAPPED

   so every payload is 16-byte aligned, and from any chunk both neighbours can be found:
   next = chunk + size, previous = chunk - prev_size. A zero-sized IN_USE "fence" header
   closes the heap. Free chunks are kept on one doubly-linked list (the links live in their
   payload), searched first-fit. free() coalesces a chunk with free neighbours at once, so
   no two free chunks are ever adjacent; a chunk bigger than a request is split and the rest
   goes back on the list. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/mman.h>

#define HEADER 16UL
#define MIN_CHUNK 32UL
#define IN_USE 1UL
#define MMAPPED 2UL
#define FLAGS 15UL
#define GROW (128UL * 1024)
#define MMAP_THRESHOLD (128UL * 1024)
#define PAGE 4096UL

struct chunk {
  size_t prev_size;
  size_t size;
  struct chunk *next_free; /* only while free: these two overlap the payload */
  struct chunk *prev_free;
};

static struct chunk *free_list;
static struct chunk *fence; /* the header that closes the heap, or NULL before the first grow */

#define SIZE(c) ((c)->size & ~FLAGS)
#define NEXT(c) ((struct chunk *)((char *)(c) + SIZE(c)))
#define PREV(c) ((struct chunk *)((char *)(c) - (c)->prev_size))
#define PAYLOAD(c) ((void *)((char *)(c) + HEADER))
#define CHUNK_OF(p) ((struct chunk *)((char *)(p) - HEADER))

static void unlink_free(struct chunk *c) {
  if (c->prev_free)
    c->prev_free->next_free = c->next_free;
  else
    free_list = c->next_free;
  if (c->next_free)
    c->next_free->prev_free = c->prev_free;
}

static void push_free(struct chunk *c) {
  c->next_free = free_list;
  c->prev_free = NULL;
  if (free_list)
    free_list->prev_free = c;
  free_list = c;
}

/* Marks c free, merges it with free neighbours and lists it. */
static void release(struct chunk *c) {
  struct chunk *next = NEXT(c);
  c->size &= ~IN_USE;
  if (!(next->size & IN_USE)) {
    unlink_free(next);
    c->size += SIZE(next);
  }
  if (c->prev_size && !(PREV(c)->size & IN_USE)) {
    struct chunk *prev = PREV(c);
    unlink_free(prev);
    prev->size += SIZE(c);
    c = prev;
  }
  NEXT(c)->prev_size = SIZE(c);
  push_free(c);
}

/* Cuts c (in use) down to `need` bytes when the rest can be a chunk of its own. */
static void trim(struct chunk *c, size_t need) {
  size_t size = SIZE(c);
  struct chunk *rest;
  if (size - need < MIN_CHUNK)
    return;
  c->size = need | IN_USE;
  rest = NEXT(c);
  rest->prev_size = need;
  rest->size = (size - need) | IN_USE;
  NEXT(rest)->prev_size = size - need;
  release(rest);
}

/* Adds at least `need` bytes to the heap as a free chunk. sbrk memory is contiguous, so the
   old fence becomes the new chunk's header and a new fence closes the heap. */
static int grow(size_t need) {
  size_t amount = need + HEADER > GROW ? (need + HEADER + PAGE - 1) & ~(PAGE - 1) : GROW;
  char *more;
  struct chunk *c;
  if (!fence) {
    char *start = sbrk(0);
    size_t pad = (16 - (unsigned long)start % 16) % 16;
    if (sbrk(pad + HEADER) == (void *)-1)
      return -1;
    fence = (struct chunk *)(start + pad);
    fence->prev_size = 0;
    fence->size = IN_USE;
  }
  more = sbrk(amount);
  if (more == (void *)-1)
    return -1;
  if (more != (char *)fence + HEADER) {
    errno = ENOMEM; /* someone else moved the break: do not build over their memory */
    return -1;
  }
  c = fence;
  c->size = amount | IN_USE;
  fence = NEXT(c);
  fence->prev_size = amount;
  fence->size = IN_USE;
  release(c);
  return 0;
}

static void *map_chunk(size_t need) {
  size_t length = (need + PAGE - 1) & ~(PAGE - 1);
  struct chunk *c = mmap(NULL, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (c == MAP_FAILED)
    return NULL;
  c->prev_size = 0;
  c->size = length | MMAPPED | IN_USE;
  return PAYLOAD(c);
}

/* The chunk size for a request of n bytes, or 0 when n is absurdly large. */
static size_t chunk_size(size_t n) {
  if (n > (size_t)-1 / 2)
    return 0;
  n = (n + HEADER + 15) & ~15UL;
  return n < MIN_CHUNK ? MIN_CHUNK : n;
}

void *malloc(size_t n) {
  size_t need = chunk_size(n);
  struct chunk *c;
  if (!need) {
    errno = ENOMEM;
    return NULL;
  }
  if (need >= MMAP_THRESHOLD)
    return map_chunk(need);
  for (;;) {
    for (c = free_list; c; c = c->next_free)
      if (SIZE(c) >= need) {
        unlink_free(c);
        c->size |= IN_USE;
        trim(c, need);
        return PAYLOAD(c);
      }
    if (grow(need) < 0) {
      errno = ENOMEM;
      return NULL;
    }
  }
}

void free(void *p) {
  struct chunk *c;
  if (!p)
    return;
  c = CHUNK_OF(p);
  if (!(c->size & IN_USE)) {
    static const char message[] = "free(): double free detected\n";
    write(2, message, sizeof message - 1);
    abort();
  }
  if (c->size & MMAPPED)
    munmap(c, SIZE(c));
  else
    release(c);
}

void *calloc(size_t count, size_t size) {
  void *p;
  if (size && count > (size_t)-1 / size) {
    errno = ENOMEM;
    return NULL;
  }
  p = malloc(count * size);
  if (p)
    memset(p, 0, count * size);
  return p;
}

void *realloc(void *p, size_t n) {
  size_t need = chunk_size(n);
  struct chunk *c, *next;
  void *q;
  if (!p)
    return malloc(n);
  if (!n) {
    free(p);
    return NULL;
  }
  if (!need) {
    errno = ENOMEM;
    return NULL;
  }
  c = CHUNK_OF(p);
  if (!(c->size & MMAPPED)) {
    next = NEXT(c);
    if (SIZE(c) < need && !(next->size & IN_USE) && SIZE(c) + SIZE(next) >= need) {
      unlink_free(next);
      c->size += SIZE(next);
      NEXT(c)->prev_size = SIZE(c);
    }
    if (SIZE(c) >= need) {
      trim(c, need);
      return p;
    }
  } else if (SIZE(c) >= need && SIZE(c) - need < PAGE) {
    return p;
  }
  q = malloc(n);
  if (!q)
    return NULL;
  memcpy(q, p, SIZE(c) - HEADER < n ? SIZE(c) - HEADER : n);
  free(p);
  return q;
}
