/*
 * Parses every fragment of a file with two builds of m2rc's private runtime library and compares the flat trees
 * they return (every array m2rc reads, and the printing items). Exit status 1 when any tree differs.
 * Usage: compare REFERENCE_LIB CANDIDATE_LIB GRAMMAR_LIB GRAMMAR_SYMBOL FRAGMENTS
 */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  void *library, *parser, *flat;
  int (*parse)(void *, const char *, uint32_t, void *);
  uint32_t (*count)(void *), (*depth)(void *), (*item_count)(void *);
} Runtime;

static void *symbol(void *library, const char *name) {
  void *found = dlsym(library, name);
  if (!found) { fprintf(stderr, "missing %s\n", name); exit(2); }
  return found;
}

static void load(Runtime *runtime, const char *path, const void *language) {
  runtime->library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!runtime->library) { fprintf(stderr, "%s\n", dlerror()); exit(2); }
  void *(*parser_new)(const void *) = symbol(runtime->library, "m2rc_parser_new");
  void *(*flat_new)(void) = symbol(runtime->library, "m2rc_flat_new");
  runtime->parse = symbol(runtime->library, "m2rc_parse");
  runtime->count = symbol(runtime->library, "m2rc_flat_count");
  runtime->depth = symbol(runtime->library, "m2rc_flat_depth");
  runtime->item_count = symbol(runtime->library, "m2rc_flat_item_count");
  runtime->parser = parser_new(language);
  runtime->flat = flat_new();
  if (!runtime->parser || !runtime->flat) { fprintf(stderr, "%s: cannot make a parser\n", path); exit(2); }
}

static const void *array(Runtime *runtime, const char *name) {
  const void *(*get)(void *) = symbol(runtime->library, name);
  return get(runtime->flat);
}

/* Exported per-node arrays and their element sizes. */
static const struct { const char *name; size_t size; } ARRAYS[] = {
  {"m2rc_flat_symbols", 2}, {"m2rc_flat_fields", 2}, {"m2rc_flat_flags", 1}, {"m2rc_flat_head_kinds", 1},
  {"m2rc_flat_child_head_kinds", 1}, {"m2rc_flat_parents", 4}, {"m2rc_flat_child_counts", 4},
  {"m2rc_flat_first_children", 4}, {"m2rc_flat_next_siblings", 4}, {"m2rc_flat_start_bytes", 4},
  {"m2rc_flat_end_bytes", 4}, {"m2rc_flat_start_rows", 4}, {"m2rc_flat_start_columns", 4},
  {"m2rc_flat_end_rows", 4}, {"m2rc_flat_end_columns", 4}, {"m2rc_flat_head_values", 4},
  {"m2rc_flat_child_head_values", 4}, {"m2rc_flat_item_starts", 4}, {"m2rc_flat_item_ends", 4},
};

int main(int argc, char **argv) {
  if (argc != 6) { fprintf(stderr, "usage: compare REFERENCE CANDIDATE GRAMMAR SYMBOL FRAGMENTS\n"); return 2; }
  void *grammar = dlopen(argv[3], RTLD_NOW);
  if (!grammar) { fprintf(stderr, "%s\n", dlerror()); return 2; }
  const void *(*entry)(void) = symbol(grammar, argv[4]);
  const void *language = entry();
  Runtime reference, candidate;
  load(&reference, argv[1], language);
  load(&candidate, argv[2], language);

  FILE *file = fopen(argv[5], "rb");
  if (!file) { perror(argv[5]); return 2; }
  fseek(file, 0, SEEK_END);
  long size = ftell(file);
  rewind(file);
  char *data = malloc((size_t)size);
  if (!data || fread(data, 1, (size_t)size, file) != (size_t)size) { fprintf(stderr, "cannot read %s\n", argv[5]); return 2; }
  fclose(file);

  long fragments = 0, nodes = 0, differing = 0;
  for (long offset = 0; offset + 4 <= size;) {
    uint32_t length;
    memcpy(&length, data + offset, 4);
    offset += 4;
    const char *text = data + offset;
    offset += length;
    fragments++;
    int a = reference.parse(reference.parser, text, length, reference.flat);
    int b = candidate.parse(candidate.parser, text, length, candidate.flat);
    uint32_t count = reference.count(reference.flat);
    nodes += count;
    const char *what = NULL;
    if (a != b || count != candidate.count(candidate.flat) || reference.depth(reference.flat) != candidate.depth(candidate.flat)
        || reference.item_count(reference.flat) != candidate.item_count(candidate.flat)) {
      what = "status, node count, depth or item count";
    }
    for (size_t i = 0; !what && i < sizeof(ARRAYS) / sizeof(ARRAYS[0]); i++) {
      if (memcmp(array(&reference, ARRAYS[i].name), array(&candidate, ARRAYS[i].name), count * ARRAYS[i].size)) {
        what = ARRAYS[i].name;
      }
    }
    if (!what && memcmp(array(&reference, "m2rc_flat_items"), array(&candidate, "m2rc_flat_items"),
                        reference.item_count(reference.flat) * 4)) {
      what = "m2rc_flat_items";
    }
    if (what && ++differing <= 3) {
      printf("  differs (%s): %.*s\n", what, (int)(length > 80 ? 80 : length), text);
    }
  }
  printf("%-32s %7ld fragments %9ld nodes %5ld differ\n", argv[4], fragments, nodes, differing);
  return differing ? 1 : 0;
}
