/*
 * The private runtime's allocator: per-thread free lists of small blocks, in 16-byte size classes, in front of
 * malloc. A parse of a completion fragment allocates and frees about fifty small blocks (subtrees, child arrays,
 * stack iterators), and deleting a tree frees them all at once, which overflows glibc's small per-thread cache:
 * most of those frees took its slow path. Here a thread keeps up to CACHE_LIMIT blocks of each class for the next
 * parse, and returns them to malloc when it exits.
 *
 * Each block starts with a 16-byte header holding its class (0 for a block larger than the classes, which goes to
 * malloc directly), so user memory keeps malloc's 16-byte alignment. Every allocation and free of the runtime goes
 * through these functions (they are installed before the library's first use, and nothing else in the library
 * uses ts_malloc), so a header is always there to read.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tree_sitter/api.h"

enum { GRANULE = 16, CLASS_COUNT = 32, CACHE_LIMIT = 1024 };

typedef struct Block {
  struct Block *next;
} Block;

typedef struct {
  uint32_t size_class;
  uint32_t unused[3];
} Header;

typedef struct {
  Block *heads[CLASS_COUNT + 1];
  uint32_t counts[CLASS_COUNT + 1];
  int registered;
} Cache;

static __thread Cache cache;
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;

/* Runs when a thread that cached blocks exits. */
static void drain(void *unused) {
  (void)unused;
  for (uint32_t size_class = 1; size_class <= CLASS_COUNT; size_class++) {
    Block *block = cache.heads[size_class];
    while (block) {
      Block *next = block->next;
      free((Header *)block - 1);
      block = next;
    }
    cache.heads[size_class] = NULL;
    cache.counts[size_class] = 0;
  }
}

static void make_exit_key(void) { pthread_key_create(&exit_key, drain); }

static void *fail(size_t size) {
  fprintf(stderr, "tree-sitter failed to allocate %zu bytes", size);
  abort();
}

static inline uint32_t class_of(size_t size) { return size ? (uint32_t)((size + GRANULE - 1) / GRANULE) : 1; }

static inline size_t capacity_of(const Header *header) { return (size_t)header->size_class * GRANULE; }

static void *cached_malloc(size_t size) {
  uint32_t size_class = class_of(size);
  if (size_class > CLASS_COUNT) {
    if (size > SIZE_MAX - sizeof(Header)) return fail(size);
    Header *header = malloc(sizeof(Header) + size);
    if (!header) return fail(size);
    header->size_class = 0;
    return header + 1;
  }
  Block *block = cache.heads[size_class];
  if (block) {
    cache.heads[size_class] = block->next;
    cache.counts[size_class]--;
    return block;
  }
  Header *header = malloc(sizeof(Header) + (size_t)size_class * GRANULE);
  if (!header) return fail(size);
  header->size_class = size_class;
  return header + 1;
}

static void cached_free(void *pointer) {
  if (!pointer) return;
  Header *header = (Header *)pointer - 1;
  uint32_t size_class = header->size_class;
  if (size_class == 0 || cache.counts[size_class] >= CACHE_LIMIT) {
    free(header);
    return;
  }
  if (!cache.registered) {
    pthread_once(&exit_key_once, make_exit_key);
    pthread_setspecific(exit_key, &cache);
    cache.registered = 1;
  }
  Block *block = pointer;
  block->next = cache.heads[size_class];
  cache.heads[size_class] = block;
  cache.counts[size_class]++;
}

static void *cached_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) return fail(SIZE_MAX);
  void *pointer = cached_malloc(count * size);
  memset(pointer, 0, count * size);
  return pointer;
}

static void *cached_realloc(void *pointer, size_t size) {
  if (!pointer) return cached_malloc(size);
  Header *header = (Header *)pointer - 1;
  if (header->size_class == 0) {
    if (class_of(size) > CLASS_COUNT) {
      Header *grown = realloc(header, sizeof(Header) + size);
      if (!grown) return fail(size);
      return grown + 1;
    }
    /* Shrinking below the classes: the old block holds more than `size` bytes. */
    void *smaller = cached_malloc(size);
    memcpy(smaller, pointer, size);
    free(header);
    return smaller;
  }
  size_t capacity = capacity_of(header);
  if (size <= capacity) return pointer;
  void *larger = cached_malloc(size);
  memcpy(larger, pointer, capacity);
  cached_free(pointer);
  return larger;
}

/* Installed when the library is loaded, before any parser exists. */
__attribute__((constructor)) static void install_thread_cache(void) {
  ts_set_allocator(cached_malloc, cached_calloc, cached_realloc, cached_free);
}
