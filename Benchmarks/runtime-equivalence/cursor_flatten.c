/*
 * The flattening m2rc's private runtime used before reading subtrees directly: a TSTreeCursor walk, with every
 * node's properties taken from the public node API. Benchmarks/runtime-equivalence/run.sh builds it against the
 * unmodified runtime to check that the optimised runtime and walk give the same flat trees.
 */
#define M2RC_CURSOR_FLATTEN
#include "flat_parse.c"

static int flatten(FlatTree *tree, const TSTree *parsed) {
  tree->needs_description = 1;
  tree->count = 0;
  tree->depth = 0;
  TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(parsed));
  uint32_t open = 0;
  int ok = 1;
  for (;;) {
    if (!reserve(tree, tree->count + 1)) { ok = 0; break; }
    TSNode node = ts_tree_cursor_current_node(&cursor);
    int32_t index = (int32_t)tree->count++;
    int32_t parent = open ? tree->ancestors[open - 1] : -1;
    TSSymbol alias = (TSSymbol)node.context[3];
    TSSymbol effective = (parent >= 0 && ts_node_is_extra(node)) ? tree->effective_aliases[parent] : alias;
    tree->aliases[index] = alias;
    tree->effective_aliases[index] = effective;
    tree->symbols[index] = effective ? ts_language_public_symbol(ts_tree_language(parsed), effective)
                                     : ts_node_symbol(node);
    tree->flags[index] = (ts_node_is_named(node) ? 1 : 0) | (ts_node_is_missing(node) ? 2 : 0)
                         | (ts_node_is_extra(node) ? 4 : 0);
    tree->fields[index] = ts_tree_cursor_current_field_id(&cursor);
    tree->parents[index] = parent;
    tree->child_counts[index] = (int32_t)ts_node_child_count(node);
    tree->first_children[index] = -1;
    tree->next_siblings[index] = -1;
    tree->start_bytes[index] = ts_node_start_byte(node);
    tree->end_bytes[index] = ts_node_end_byte(node);
    TSPoint start = ts_node_start_point(node), end = ts_node_end_point(node);
    tree->start_rows[index] = start.row;
    tree->start_columns[index] = start.column;
    tree->end_rows[index] = end.row;
    tree->end_columns[index] = end.column;
    tree->slots[index] = node.id;
    if (open) {
      int32_t previous = tree->last_children[open - 1];
      if (previous >= 0) tree->next_siblings[previous] = index; else tree->first_children[parent] = index;
      tree->last_children[open - 1] = index;
    }
    if (open + 1 > tree->depth) tree->depth = open + 1;
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      tree->ancestors[open] = index;
      tree->last_children[open] = -1;
      open++;
      continue;
    }
    int done = 0;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!open || !ts_tree_cursor_goto_parent(&cursor)) { done = 1; break; }
      open--;
    }
    if (done) break;
  }
  ts_tree_cursor_delete(&cursor);
  return ok;
}
