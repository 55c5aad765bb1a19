/*
 * m2rc's entry points into a privately loaded tree-sitter runtime (Grammars/build.py compiles this file together
 * with the runtime's own `lib.c`, every runtime symbol hidden, into one library).
 *
 * Besides the nodes, each node's `ts_node_string` structure is returned without building strings: a head (type,
 * MISSING or UNEXPECTED) and the (field, child) items it prints. ts_node_string also prints MISSING tokens of hidden
 * symbols, which the node API never visits, so this cannot be rebuilt from the nodes alone.
 *
 * Node types are reported as a client that lists children with a cursor reset at the parent sees them (py-tree-sitter's
 * `Node.children`): in this runtime version such a cursor gives an extra child (a comment, an ERROR) the parent's
 * alias. So each node has two heads: as the root of its own string (that alias) and as printed inside its parent's
 * string (its own alias).
 *
 * CodeBLEU must parse with the runtime version its reference ran with: error recovery differs between runtime
 * versions, so malformed snippets get different trees. That runtime cannot be linked beside the system one (the
 * symbols clash and the struct layouts differ), so it is loaded with dlopen and used only through these few
 * functions, which parse a string and return the whole tree as flat arrays in document order.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tree_sitter/api.h"
/* The runtime's internals, to print trees the way ts_node_string does (see `printed` below). */
#include "language.h"
#include "subtree.h"
#include "tree.h"

#define EXPORT __attribute__((visibility("default")))

typedef struct {
  uint32_t count, capacity, depth;
  uint16_t *symbols;
  uint8_t *flags;
  uint16_t *fields;
  int32_t *parents, *child_counts, *first_children, *next_siblings;
  uint32_t *start_bytes, *end_bytes, *start_rows, *start_columns, *end_rows, *end_columns;
  /* The walk's open ancestors and each one's last child so far. */
  int32_t *ancestors, *last_children;
  /* Per node: the subtree slot (TSNode.id), its alias within its parent, the alias a cursor reset at its parent
     reports (see above), and its printed structure. */
  const void **slots;
  uint16_t *aliases, *effective_aliases;
  uint8_t *head_kinds, *child_head_kinds;
  uint32_t *head_values, *child_head_values, *item_starts, *item_ends;
  /* Items, three values each: field id, kind (0: a node of the table, 1: a MISSING token not in the table), value. */
  uint32_t *items;
  uint32_t item_count, item_capacity;
  /* The flattening walk's frames, kept between parses (struct WalkFrame below). */
  void *frames;
  uint32_t frame_capacity;
  /* Items the walk found, in walk order, four values each: the node printing the item, then the item's three. */
  uint32_t *found_items;
  uint32_t found_count, found_capacity;
  /* Whether the walk left the heads and items to describe_printing (see `flatten`). */
  int needs_description;
} FlatTree;

/* Head kinds. */
enum { HEAD_NODE = 0, HEAD_MISSING_NAMED = 1, HEAD_MISSING_ANONYMOUS = 2, HEAD_UNEXPECTED = 3,
       HEAD_OPEN_ROOT = 4, HEAD_NAMED_LEAF_ROOT = 5, HEAD_ANONYMOUS_LEAF_ROOT = 6 };

EXPORT uint32_t m2rc_runtime_abi_min(void) { return TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION; }
EXPORT uint32_t m2rc_runtime_abi_max(void) { return TREE_SITTER_LANGUAGE_VERSION; }

EXPORT void *m2rc_parser_new(const TSLanguage *language) {
  TSParser *parser = ts_parser_new();
  if (!parser) return NULL;
  if (!ts_parser_set_language(parser, language)) {
    ts_parser_delete(parser);
    return NULL;
  }
  return parser;
}

EXPORT void m2rc_parser_delete(void *parser) { ts_parser_delete(parser); }

EXPORT void *m2rc_flat_new(void) { return calloc(1, sizeof(FlatTree)); }

EXPORT void m2rc_flat_delete(void *pointer) {
  FlatTree *tree = pointer;
  if (!tree) return;
  free(tree->symbols); free(tree->flags); free(tree->fields); free(tree->parents); free(tree->child_counts);
  free(tree->first_children); free(tree->next_siblings); free(tree->start_bytes); free(tree->end_bytes);
  free(tree->start_rows); free(tree->start_columns); free(tree->end_rows); free(tree->end_columns);
  free(tree->ancestors); free(tree->last_children);
  free(tree->slots); free(tree->aliases); free(tree->effective_aliases); free(tree->head_kinds);
  free(tree->child_head_kinds); free(tree->child_head_values); free(tree->head_values); free(tree->item_starts);
  free(tree->item_ends); free(tree->items); free(tree->frames); free(tree->found_items);
  free(tree);
}

#define GROW(field) do { void *p = realloc(tree->field, (size_t)capacity * sizeof(*tree->field)); \
  if (!p) return 0; tree->field = p; } while (0)

static int reserve(FlatTree *tree, uint32_t needed) {
  if (needed <= tree->capacity) return 1;
  uint32_t capacity = tree->capacity ? tree->capacity : 256;
  while (capacity < needed) capacity *= 2;
  GROW(symbols); GROW(flags); GROW(fields); GROW(parents); GROW(child_counts); GROW(first_children);
  GROW(next_siblings); GROW(start_bytes); GROW(end_bytes); GROW(start_rows); GROW(start_columns);
  GROW(end_rows); GROW(end_columns); GROW(ancestors); GROW(last_children); GROW(slots); GROW(aliases);
  GROW(effective_aliases); GROW(head_kinds); GROW(head_values); GROW(child_head_kinds); GROW(child_head_values);
  GROW(item_starts); GROW(item_ends);
  tree->capacity = capacity;
  return 1;
}

static int push_item(FlatTree *tree, uint32_t field, uint32_t kind, uint32_t value) {
  if (tree->item_count + 3 > tree->item_capacity) {
    uint32_t capacity = tree->item_capacity ? tree->item_capacity * 2 : 1024;
    while (capacity < tree->item_count + 3) capacity *= 2;
    uint32_t *items = realloc(tree->items, (size_t)capacity * sizeof(uint32_t));
    if (!items) return 0;
    tree->items = items;
    tree->item_capacity = capacity;
  }
  tree->items[tree->item_count++] = field;
  tree->items[tree->item_count++] = kind;
  tree->items[tree->item_count++] = value;
  return 1;
}

/*
 * The node whose slot (TSNode.id) is `slot`, or -1 when no node has it (a MISSING token of a hidden symbol). The
 * items of a node are, in order, a subsequence of its children in the table (each printed child that is a node is
 * reached through hidden subtrees only, as the table's children are), so `*next` walks those children along with
 * the items and the search is short. A slot not found there is searched for in the whole table: the answer never
 * depends on that ordering, only its speed.
 */
static int32_t node_of_slot(const FlatTree *tree, const void *slot, int32_t *next) {
  for (int32_t child = *next; child >= 0; child = tree->next_siblings[child]) {
    if (tree->slots[child] == slot) {
      *next = tree->next_siblings[child];
      return child;
    }
  }
  for (uint32_t index = 0; index < tree->count; index++) {
    if (tree->slots[index] == slot) return (int32_t)index;
  }
  return -1;
}

/*
 * The items ts_subtree__write_to_string prints for the children of `self`: a printed child (a MISSING node, or a
 * named one, or one aliased to a named symbol) is an item; any other child is looked through, its children
 * inheriting its field name. `inherited` is the field the looked-through `self` passes down (0 for none).
 */
static int append_items(FlatTree *tree, const TSLanguage *language, Subtree self, TSFieldId inherited,
                        int32_t *next) {
  uint32_t count = ts_subtree_child_count(self);
  if (!count) return 1;
  const TSSymbol *alias_sequence = ts_language_alias_sequence(language, self.ptr->production_id);
  const TSFieldMapEntry *field_map, *field_map_end;
  ts_language_field_map(language, self.ptr->production_id, &field_map, &field_map_end);
  uint32_t structural = 0;
  for (uint32_t i = 0; i < count; i++) {
    const Subtree *slot = &ts_subtree_children(self)[i];
    Subtree child = *slot;
    TSSymbol alias = 0;
    bool alias_named = false;
    TSFieldId field = 0;
    if (!ts_subtree_extra(child)) {
      alias = alias_sequence ? alias_sequence[structural] : 0;
      alias_named = alias ? ts_language_symbol_metadata(language, alias).named : false;
      field = inherited;
      for (const TSFieldMapEntry *map = field_map; map < field_map_end; map++) {
        if (!map->inherited && map->child_index == structural) {
          field = map->field_id;
          break;
        }
      }
      structural++;
    }
    bool printed = ts_subtree_missing(child)
                   || (alias ? alias_named : ts_subtree_visible(child) && ts_subtree_named(child));
    if (printed) {
      int32_t node = node_of_slot(tree, slot, next);
      if (node >= 0) {
        if (!push_item(tree, field, 0, (uint32_t)node)) return 0;
      } else {
        /* A MISSING token of a hidden symbol: printed, but no node of the table. */
        TSSymbol symbol = alias ? alias : ts_subtree_symbol(child);
        bool named = alias_named || ts_subtree_named(child);
        if (!push_item(tree, field, 1, ((uint32_t)symbol << 1) | (named ? 1u : 0u))) return 0;
      }
    } else if (!append_items(tree, language, child, field, next)) {
      return 0;
    }
  }
  return 1;
}

/* The head ts_subtree__write_to_string prints for `self` under `alias`; `alias_is_named` as the caller passes it. */
static void head(Subtree self, const TSLanguage *language, TSSymbol alias, bool alias_is_named, bool is_root,
                 uint8_t *kind, uint32_t *value) {
  bool visible = ts_subtree_missing(self) || (alias ? alias_is_named : ts_subtree_visible(self) && ts_subtree_named(self));
  *value = alias ? alias : ts_subtree_symbol(self);
  if (visible) {
    if (ts_subtree_symbol(self) == ts_builtin_sym_error && ts_subtree_child_count(self) == 0
        && ts_subtree_size(self).bytes > 0) {
      *kind = HEAD_UNEXPECTED;
      *value = (uint32_t)self.ptr->lookahead_char;
    } else if (ts_subtree_missing(self)) {
      *kind = (alias_is_named || ts_subtree_named(self)) ? HEAD_MISSING_NAMED : HEAD_MISSING_ANONYMOUS;
    } else {
      *kind = HEAD_NODE;
    }
  } else if (!is_root) {
    *kind = HEAD_NODE; /* not printed inside a parent: never read */
  } else if (ts_subtree_child_count(self) > 0) {
    *kind = HEAD_OPEN_ROOT;
  } else {
    *kind = ts_subtree_named(self) ? HEAD_NAMED_LEAF_ROOT : HEAD_ANONYMOUS_LEAF_ROOT;
  }
}

/* Each node's heads and items, as ts_node_string(node) and its parent's string print them. */
static int describe_printing(FlatTree *tree, const TSLanguage *language) {
  tree->item_count = 0;
  for (uint32_t index = 0; index < tree->count; index++) {
    Subtree self = *(const Subtree *)tree->slots[index];
    /* ts_node_string passes the alias's `visible` flag where a parent passes its `named` flag. */
    TSSymbol effective = tree->effective_aliases[index];
    head(self, language, effective, effective ? ts_language_symbol_metadata(language, effective).visible : false,
         true, &tree->head_kinds[index], &tree->head_values[index]);
    TSSymbol alias = tree->aliases[index];
    head(self, language, alias, alias ? ts_language_symbol_metadata(language, alias).named : false, false,
         &tree->child_head_kinds[index], &tree->child_head_values[index]);
    tree->item_starts[index] = tree->item_count;
    int32_t next = tree->first_children[index];
    if (!append_items(tree, language, self, 0, &next)) return 0;
    tree->item_ends[index] = tree->item_count;
  }
  return 1;
}

static int flatten(FlatTree *tree, const TSTree *parsed);

/* Benchmarks/runtime-equivalence compiles this file with the cursor walk this one replaced, to compare the two. */
#ifndef M2RC_CURSOR_FLATTEN
/* One level of the walk: a subtree whose children are being read (the root's frame has no parent). */
typedef struct {
  Subtree subtree;
  uint32_t child_index, structural_index;
  Length position; /* where the next child starts, after its padding */
  const TSSymbol *alias_sequence;
  const TSFieldMapEntry *field_map, *field_map_end;
  int32_t visible_parent; /* the flat index of the nearest visible node at or above this subtree */
  int hidden;             /* the subtree is not a node of its own: its children belong to `visible_parent` */
  TSFieldId inherited;    /* for a hidden subtree, the field its visible descendants fall back to */
} WalkFrame;

static TSFieldId field_of_child(const WalkFrame *frame, uint32_t structural_index) {
  for (const TSFieldMapEntry *map = frame->field_map; map < frame->field_map_end; map++) {
    if (!map->inherited && map->child_index == structural_index) return map->field_id;
  }
  return 0;
}

static void open_frame(WalkFrame *frame, const TSLanguage *language, Subtree subtree, Length position,
                       int32_t visible_parent, int hidden, TSFieldId inherited) {
  frame->subtree = subtree;
  frame->child_index = 0;
  frame->structural_index = 0;
  frame->position = position;
  uint16_t production = ts_subtree_child_count(subtree) ? subtree.ptr->production_id : 0;
  frame->alias_sequence = ts_language_alias_sequence(language, production);
  ts_language_field_map(language, production, &frame->field_map, &frame->field_map_end);
  frame->visible_parent = visible_parent;
  frame->hidden = hidden;
  frame->inherited = inherited;
}

/* Appends one visible node; returns its index, or -1 when out of memory. */
static int32_t add_node(FlatTree *tree, const TSLanguage *language, const Subtree *slot, Length position,
                        TSSymbol alias, TSFieldId field, int32_t parent, uint32_t open) {
  if (!reserve(tree, tree->count + 1)) return -1;
  Subtree subtree = *slot;
  int32_t index = (int32_t)tree->count++;
  int extra = ts_subtree_extra(subtree);
  /* An extra child takes the alias of its parent as a cursor reset at the parent reports it. */
  TSSymbol effective = (parent >= 0 && extra) ? tree->effective_aliases[parent] : alias;
  tree->aliases[index] = alias;
  tree->effective_aliases[index] = effective;
  TSSymbol symbol = effective ? effective : ts_subtree_symbol(subtree);
  /* ts_language_public_symbol, inline (it is in another file of the runtime). */
  tree->symbols[index] = symbol == ts_builtin_sym_error ? symbol : language->public_symbol_map[symbol];
  int named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(subtree);
  tree->flags[index] = (named ? 1 : 0) | (ts_subtree_missing(subtree) ? 2 : 0) | (extra ? 4 : 0);
  tree->fields[index] = field;
  tree->parents[index] = parent;
  tree->child_counts[index] = (int32_t)ts_subtree_visible_child_count(subtree);
  tree->first_children[index] = -1;
  tree->next_siblings[index] = -1;
  Length size = ts_subtree_size(subtree);
  TSPoint end = point_add(position.extent, size.extent);
  tree->start_bytes[index] = position.bytes;
  tree->end_bytes[index] = position.bytes + size.bytes;
  tree->start_rows[index] = position.extent.row;
  tree->start_columns[index] = position.extent.column;
  tree->end_rows[index] = end.row;
  tree->end_columns[index] = end.column;
  tree->slots[index] = slot;
  /* The heads describe_printing gives (see there). Without aliases both are worked out alike, except that a node
     that is not printed gets HEAD_NODE as a child. */
  head(subtree, language, effective, effective ? ts_language_symbol_metadata(language, effective).visible : false,
       true, &tree->head_kinds[index], &tree->head_values[index]);
  if (alias || effective) {
    head(subtree, language, alias, alias ? ts_language_symbol_metadata(language, alias).named : false, false,
         &tree->child_head_kinds[index], &tree->child_head_values[index]);
  } else {
    bool printed = ts_subtree_missing(subtree) || (ts_subtree_visible(subtree) && ts_subtree_named(subtree));
    tree->child_head_kinds[index] = printed ? tree->head_kinds[index] : HEAD_NODE;
    tree->child_head_values[index] = tree->head_values[index];
  }
  if (parent >= 0) {
    int32_t previous = tree->last_children[open - 1];
    if (previous >= 0) tree->next_siblings[previous] = index; else tree->first_children[parent] = index;
    tree->last_children[open - 1] = index;
  }
  if (open + 1 > tree->depth) tree->depth = open + 1;
  return index;
}

/* Whether a subtree has a MISSING token among its descendants (1 also when it is too deep to tell cheaply). */
static int holds_missing(Subtree subtree, unsigned depth) {
  uint32_t count = ts_subtree_child_count(subtree);
  if (!count) return 0;
  if (depth > 64) return 1;
  const Subtree *children = ts_subtree_children(subtree);
  for (uint32_t i = 0; i < count; i++) {
    if (ts_subtree_missing(children[i]) || holds_missing(children[i], depth + 1)) return 1;
  }
  return 0;
}

static int note_item(FlatTree *tree, uint32_t owner, uint32_t field, uint32_t kind, uint32_t value) {
  if (tree->found_count + 4 > tree->found_capacity) {
    uint32_t capacity = tree->found_capacity ? tree->found_capacity * 2 : 1024;
    uint32_t *found = realloc(tree->found_items, (size_t)capacity * sizeof(uint32_t));
    if (!found) return 0;
    tree->found_items = found;
    tree->found_capacity = capacity;
  }
  uint32_t *entry = tree->found_items + tree->found_count;
  entry[0] = owner;
  entry[1] = field;
  entry[2] = kind;
  entry[3] = value;
  tree->found_count += 4;
  return 1;
}

/* Gathers the found items into each node's contiguous range, keeping their order (a counting sort by node). */
static int place_items(FlatTree *tree) {
  for (uint32_t node = 0; node < tree->count; node++) tree->item_starts[node] = 0;
  for (uint32_t entry = 0; entry < tree->found_count; entry += 4) tree->item_starts[tree->found_items[entry]] += 3;
  uint32_t total = 0;
  for (uint32_t node = 0; node < tree->count; node++) {
    uint32_t size = tree->item_starts[node];
    tree->item_starts[node] = tree->item_ends[node] = total;
    total += size;
  }
  if (total > tree->item_capacity) {
    uint32_t capacity = tree->item_capacity ? tree->item_capacity : 1024;
    while (capacity < total) capacity *= 2;
    uint32_t *items = realloc(tree->items, (size_t)capacity * sizeof(uint32_t));
    if (!items) return 0;
    tree->items = items;
    tree->item_capacity = capacity;
  }
  for (uint32_t entry = 0; entry < tree->found_count; entry += 4) {
    const uint32_t *found = tree->found_items + entry;
    uint32_t *item = tree->items + tree->item_ends[found[0]];
    item[0] = found[1];
    item[1] = found[2];
    item[2] = found[3];
    tree->item_ends[found[0]] += 3;
  }
  tree->item_count = total;
  return 1;
}

/*
 * The visible nodes in document order, as a TSTreeCursor walk reports them, read straight from the subtrees: a
 * child is a node when it is visible or aliased; a hidden child with visible descendants is looked through; any
 * other is skipped. A node's field is its own, else (looking up through hidden ancestors, stopping at an extra)
 * the first a hidden ancestor has in its parent, as ts_tree_cursor_current_field_id finds it.
 *
 * The walk also finds the items describe_printing would (a printed child of a node or of a hidden subtree looked
 * through is an item of the nearest node above it), except in two rare cases it leaves to describe_printing by
 * setting `needs_description`: a visible child that is not printed but has children (its items are also its
 * parent's), and a hidden child without visible descendants that holds a MISSING token (printed, but never walked).
 */
static int flatten(FlatTree *tree, const TSTree *parsed) {
  const TSLanguage *language = ts_tree_language(parsed);
  tree->count = 0;
  tree->depth = 0;
  tree->found_count = 0;
  tree->needs_description = 0;
  const Subtree *root = &parsed->root;
  Length root_position = ts_subtree_padding(*root);
  if (add_node(tree, language, root, root_position, 0, 0, -1, 0) < 0) return 0;
  if (!ts_subtree_child_count(*root)) return place_items(tree);
  /* Subtrees being read; the open visible ancestors live in tree->ancestors (at most the node count deep). */
  WalkFrame *frames = tree->frames;
  uint32_t frame_count = 0;
#define PUSH_FRAME() do { if (frame_count == tree->frame_capacity) { \
    uint32_t grown = tree->frame_capacity ? tree->frame_capacity * 2 : 64; \
    WalkFrame *p = realloc(frames, grown * sizeof(WalkFrame)); if (!p) return 0; \
    tree->frames = frames = p; tree->frame_capacity = grown; } } while (0)
  PUSH_FRAME();
  open_frame(&frames[frame_count++], language, *root, root_position, 0, 0, 0);
  tree->ancestors[0] = 0;
  tree->last_children[0] = -1;
  uint32_t open = 1;
  while (frame_count) {
    WalkFrame *frame = &frames[frame_count - 1];
    if (frame->child_index == ts_subtree_child_count(frame->subtree)) {
      if (!frame->hidden) open--;
      frame_count--;
      continue;
    }
    uint32_t child_index = frame->child_index++;
    const Subtree *slot = &ts_subtree_children(frame->subtree)[child_index];
    Subtree child = *slot;
    Length position = frame->position;
    /* The position of the child after this one. */
    frame->position = length_add(frame->position, ts_subtree_size(child));
    if (frame->child_index < ts_subtree_child_count(frame->subtree)) {
      Subtree next = ts_subtree_children(frame->subtree)[frame->child_index];
      frame->position = length_add(frame->position, ts_subtree_padding(next));
    }
    int extra = ts_subtree_extra(child);
    uint32_t structural = frame->structural_index;
    TSSymbol alias = 0;
    if (!extra) {
      if (frame->alias_sequence) alias = frame->alias_sequence[structural];
      frame->structural_index++;
    }
    int visible = ts_subtree_visible(child) || alias;
    TSFieldId field = 0;
    if (!extra) {
      field = field_of_child(frame, structural);
      if (!field && frame->hidden) field = frame->inherited;
    }
    /* As append_items decides (alias is 0 for an extra child). */
    int printed = ts_subtree_missing(child) || (alias ? ts_language_symbol_metadata(language, alias).named
                                                      : ts_subtree_visible(child) && ts_subtree_named(child));
    if (visible) {
      int32_t index = add_node(tree, language, slot, position, extra ? 0 : alias, field, frame->visible_parent, open);
      if (index < 0) return 0;
      if (printed) {
        if (!note_item(tree, (uint32_t)frame->visible_parent, field, 0, (uint32_t)index)) return 0;
      } else if (ts_subtree_child_count(child)) {
        tree->needs_description = 1;
      }
      if (ts_subtree_child_count(child)) {
        /* ancestors/last_children share the node arrays' capacity, and open < count. */
        tree->ancestors[open] = index;
        tree->last_children[open] = -1;
        open++;
        PUSH_FRAME();
        open_frame(&frames[frame_count++], language, child, position, index, 0, 0);
      }
    } else if (printed) {
      /* A MISSING token of a hidden symbol: printed, but no node of the table. */
      uint32_t value = ((uint32_t)ts_subtree_symbol(child) << 1) | (ts_subtree_named(child) ? 1u : 0u);
      if (!note_item(tree, (uint32_t)frame->visible_parent, field, 1, value)) return 0;
    } else if (ts_subtree_visible_child_count(child) > 0) {
      int32_t visible_parent = frame->visible_parent; /* PUSH_FRAME may move the frames */
      PUSH_FRAME();
      open_frame(&frames[frame_count++], language, child, position, visible_parent, 1, extra ? 0 : field);
    } else if (holds_missing(child, 0)) {
      tree->needs_description = 1;
    }
  }
#undef PUSH_FRAME
  return place_items(tree);
}

#endif

/* Parses UTF-8 source into `flat`. Returns 0, or -1 when no tree was produced, -2 when out of memory. */
EXPORT int m2rc_parse(void *parser, const char *source, uint32_t length, void *flat) {
  FlatTree *tree = flat;
  TSTree *parsed = ts_parser_parse_string_encoding(parser, NULL, source, length, TSInputEncodingUTF8);
  if (!parsed) {
    ts_parser_reset(parser);
    return -1;
  }
  int status = flatten(tree, parsed) ? 0 : -2;
  if (status == 0 && tree->needs_description && !describe_printing(tree, ts_tree_language(parsed))) status = -2;
  ts_tree_delete(parsed);
  return status;
}

EXPORT uint32_t m2rc_flat_count(void *flat) { return ((FlatTree *)flat)->count; }
EXPORT uint32_t m2rc_flat_depth(void *flat) { return ((FlatTree *)flat)->depth; }
EXPORT const uint16_t *m2rc_flat_symbols(void *flat) { return ((FlatTree *)flat)->symbols; }
EXPORT const uint8_t *m2rc_flat_flags(void *flat) { return ((FlatTree *)flat)->flags; }
EXPORT const uint16_t *m2rc_flat_fields(void *flat) { return ((FlatTree *)flat)->fields; }
EXPORT const int32_t *m2rc_flat_parents(void *flat) { return ((FlatTree *)flat)->parents; }
EXPORT const int32_t *m2rc_flat_child_counts(void *flat) { return ((FlatTree *)flat)->child_counts; }
EXPORT const int32_t *m2rc_flat_first_children(void *flat) { return ((FlatTree *)flat)->first_children; }
EXPORT const int32_t *m2rc_flat_next_siblings(void *flat) { return ((FlatTree *)flat)->next_siblings; }
EXPORT const uint32_t *m2rc_flat_start_bytes(void *flat) { return ((FlatTree *)flat)->start_bytes; }
EXPORT const uint32_t *m2rc_flat_end_bytes(void *flat) { return ((FlatTree *)flat)->end_bytes; }
EXPORT const uint32_t *m2rc_flat_start_rows(void *flat) { return ((FlatTree *)flat)->start_rows; }
EXPORT const uint32_t *m2rc_flat_start_columns(void *flat) { return ((FlatTree *)flat)->start_columns; }
EXPORT const uint32_t *m2rc_flat_end_rows(void *flat) { return ((FlatTree *)flat)->end_rows; }
EXPORT const uint32_t *m2rc_flat_end_columns(void *flat) { return ((FlatTree *)flat)->end_columns; }
EXPORT const uint8_t *m2rc_flat_head_kinds(void *flat) { return ((FlatTree *)flat)->head_kinds; }
EXPORT const uint32_t *m2rc_flat_head_values(void *flat) { return ((FlatTree *)flat)->head_values; }
EXPORT const uint32_t *m2rc_flat_item_starts(void *flat) { return ((FlatTree *)flat)->item_starts; }
EXPORT const uint32_t *m2rc_flat_item_ends(void *flat) { return ((FlatTree *)flat)->item_ends; }
EXPORT const uint32_t *m2rc_flat_items(void *flat) { return ((FlatTree *)flat)->items; }
EXPORT uint32_t m2rc_flat_item_count(void *flat) { return ((FlatTree *)flat)->item_count; }
EXPORT const uint8_t *m2rc_flat_child_head_kinds(void *flat) { return ((FlatTree *)flat)->child_head_kinds; }
EXPORT const uint32_t *m2rc_flat_child_head_values(void *flat) { return ((FlatTree *)flat)->child_head_values; }
