/*
 * The private CodeBLEU runtime: the pinned tree-sitter sources, compiled file by file in the order of their own
 * `lib.c` (Grammars/build.py checks the order still matches), with two parse-table lookups replaced by memoised
 * equivalents, and the functions Grammars/build.py's RUNTIME_PATCHES route hot paths to (error recovery's loops
 * over every token and its MISSING-token trials, the stack pop of a reduction, a reduction of a one-version stack).
 * Benchmarks/runtime-equivalence checks that every tree stays the same as the unmodified runtime's.
 *
 * `ts_language_table_entry` finds a parse action by scanning a state's compressed row, and error recovery asks it
 * about every token of the grammar in every state it tries. Completion fragments end in errors, so they spent about
 * half their parse time in that scan. Here a compressed row is expanded once, on first use, into a dense row over
 * all symbols, and a lookup (of an action, or of a goto state in `ts_language_next_state`) is one load. Every
 * (state, symbol) gets the answer the scan gives, so the trees are the same (checked on 19,000 benchmark
 * fragments; the CodeBLEU tests and golden vectors run through this runtime).
 */
#define _POSIX_C_SOURCE 200112L

#include <pthread.h>
#include "language.h"
#include "reduce_action.h"

#include "alloc.c"
#include "get_changed_ranges.c"
/* The runtime's definitions under other names; the replacements below give the same answers. */
#define ts_language_table_entry m2rc_scanned_table_entry
#define ts_language_next_state m2rc_scanned_next_state
#include "language.c"
#undef ts_language_table_entry
#undef ts_language_next_state

typedef struct {
  const TSLanguage *language;
  uint16_t **rows;      /* one per small state, NULL until expanded */
  uint16_t **next_rows; /* one per state, NULL until built: see m2rc_next_symbol */
  struct PotentialActions **potential; /* one per state, NULL until built: see m2rc_potential_actions */
  struct M2RCMissingCandidates **missing; /* one per state, NULL until built: see m2rc_missing_candidates */
} DenseRows;

enum { DENSE_LANGUAGES = 64 };
static DenseRows dense_rows[DENSE_LANGUAGES];
/* Published with __atomic builtins: tree-sitter's own atomic.h clashes with stdatomic.h. Rows live as long as the
   process, as the grammars do (a grammar library is never unloaded): at most symbol_count × small states each. */
static uint32_t dense_count;
static pthread_mutex_t dense_lock = PTHREAD_MUTEX_INITIALIZER;

static __attribute__((noinline)) const DenseRows *register_language(const TSLanguage *language) {
  const DenseRows *found = NULL;
  pthread_mutex_lock(&dense_lock);
  uint32_t count = __atomic_load_n(&dense_count, __ATOMIC_RELAXED);
  for (uint32_t i = 0; i < count && !found; i++) {
    if (dense_rows[i].language == language) found = &dense_rows[i];
  }
  if (!found && count < DENSE_LANGUAGES) {
    uint16_t **rows = calloc(language->state_count - language->large_state_count, sizeof(*rows));
    uint16_t **next_rows = calloc(language->state_count, sizeof(*next_rows));
    struct PotentialActions **potential = calloc(language->state_count, sizeof(*potential));
    struct M2RCMissingCandidates **missing = calloc(language->state_count, sizeof(*missing));
    if (rows && next_rows && potential && missing) {
      dense_rows[count] = (DenseRows){language, rows, next_rows, potential, missing};
      found = &dense_rows[count];
      __atomic_store_n(&dense_count, count + 1, __ATOMIC_RELEASE);
    } else {
      free(rows);
      free(next_rows);
      free(potential);
      free(missing);
    }
  }
  pthread_mutex_unlock(&dense_lock);
  return found;
}

/* The language's rows, or NULL when they cannot be allocated (the scans are used then). */
static __attribute__((always_inline)) inline const DenseRows *dense_rows_of(const TSLanguage *language) {
  uint32_t count = __atomic_load_n(&dense_count, __ATOMIC_ACQUIRE);
  for (uint32_t i = 0; i < count; i++) {
    if (dense_rows[i].language == language) return &dense_rows[i];
  }
  return register_language(language);
}

/* Publishes a lazily built row in `slot`, or returns the one another thread published first. */
static uint16_t *publish_row(uint16_t **slot, uint16_t *fresh) {
  uint16_t *expected = NULL;
  if (__atomic_compare_exchange_n(slot, &expected, fresh, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return fresh;
  free(fresh);
  return expected;
}

/* A small state's compressed row read once into a dense row over all symbols: for each symbol, the value of its
   first listing (what ts_language_lookup's scan returns), 0 for symbols not listed. */
static __attribute__((noinline)) uint16_t *expand_row(const TSLanguage *language, TSStateId state) {
  uint16_t *row = calloc(language->symbol_count, sizeof(uint16_t));
  uint8_t *listed = calloc(language->symbol_count, 1);
  if (!row || !listed) {
    free(row);
    free(listed);
    return NULL;
  }
  const uint16_t *data =
    &language->small_parse_table[language->small_parse_table_map[state - language->large_state_count]];
  uint16_t group_count = *(data++);
  for (unsigned i = 0; i < group_count; i++) {
    uint16_t section_value = *(data++);
    uint16_t symbol_count = *(data++);
    for (unsigned j = 0; j < symbol_count; j++) {
      uint16_t symbol = *(data++);
      if (symbol < language->symbol_count && !listed[symbol]) {
        listed[symbol] = 1;
        row[symbol] = section_value;
      }
    }
  }
  free(listed);
  return row;
}

/* ts_language_lookup's answer for any symbol below symbol_count. */
static __attribute__((always_inline)) inline uint16_t dense_lookup(const TSLanguage *self, TSStateId state, TSSymbol symbol) {
  if (state < self->large_state_count) return self->parse_table[state * self->symbol_count + symbol];
  const DenseRows *dense = dense_rows_of(self);
  if (!dense) return ts_language_lookup(self, state, symbol);
  uint16_t **slot = &dense->rows[state - self->large_state_count];
  uint16_t *row = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  if (!row) {
    uint16_t *fresh = expand_row(self, state);
    if (!fresh) return ts_language_lookup(self, state, symbol);
    row = publish_row(slot, fresh);
  }
  return row[symbol];
}

__attribute__((always_inline)) inline void ts_language_table_entry(const TSLanguage *self, TSStateId state,
                                                                   TSSymbol symbol, TableEntry *result) {
  if (symbol == ts_builtin_sym_error || symbol == ts_builtin_sym_error_repeat || symbol >= self->symbol_count) {
    m2rc_scanned_table_entry(self, state, symbol, result);
    return;
  }
  const TSParseActionEntry *entry = &self->parse_actions[dense_lookup(self, state, symbol)];
  result->action_count = entry->entry.count;
  result->is_reusable = entry->entry.reusable;
  result->actions = (const TSParseAction *)(entry + 1);
}

/*
 * Error recovery asks about every token in turn, in two loops (`ts_parser__do_all_potential_reductions` for
 * reductions, `ts_parser__handle_error` for a token to insert as MISSING), and most tokens have no action in a
 * given state. Grammars/build.py patches both loops to step with this function, which skips to the next token
 * that has an action: the loop bodies see the same tokens with actions in the same order, and did nothing (or
 * `continue`d) for the others.
 */
static __attribute__((noinline)) uint16_t *build_next_row(const TSLanguage *self, TSStateId state) {
  uint16_t *next = malloc(self->token_count * sizeof(uint16_t));
  if (!next) return NULL;
  uint16_t following = self->token_count;
  for (int32_t symbol = (int32_t)self->token_count - 1; symbol >= 0; symbol--) {
    next[symbol] = following;
    TableEntry entry;
    ts_language_table_entry(self, state, (TSSymbol)symbol, &entry);
    if (symbol > 0 && entry.action_count > 0) following = (uint16_t)symbol;
  }
  return next;
}

static inline TSSymbol m2rc_next_symbol(const TSLanguage *self, TSStateId state, TSSymbol symbol, TSSymbol end) {
  if ((uint32_t)symbol + 1 >= end || end > self->token_count) return (TSSymbol)(symbol + 1);
  const DenseRows *dense = dense_rows_of(self);
  if (!dense) return (TSSymbol)(symbol + 1);
  uint16_t **slot = &dense->next_rows[state];
  uint16_t *next = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  if (!next) {
    uint16_t *fresh = build_next_row(self, state);
    if (!fresh) return (TSSymbol)(symbol + 1);
    next = publish_row(slot, fresh);
  }
  return next[symbol] < end ? next[symbol] : end;
}

/*
 * What `ts_parser__do_all_potential_reductions` collects from the table for a state when any token may come next
 * (lookahead 0): whether some token shifts, and the distinct reductions in the order the loop over all tokens adds
 * them. It depends on the state alone, and recovery asks for the same states over and over, so Grammars/build.py
 * patches the function to take it from here; the loop runs only when this returns false (out of memory).
 */
typedef struct PotentialActions {
  bool has_shift_action;
  uint32_t count;
  ReduceAction actions[];
} PotentialActions;

static __attribute__((noinline)) PotentialActions *build_potential_actions(const TSLanguage *self, TSStateId state) {
  ReduceActionSet set = array_new();
  bool has_shift_action = false;
  for (TSSymbol symbol = 1; symbol < self->token_count; symbol++) {
    TableEntry entry;
    ts_language_table_entry(self, state, symbol, &entry);
    for (uint32_t j = 0; j < entry.action_count; j++) {
      TSParseAction action = entry.actions[j];
      switch (action.type) {
        case TSParseActionTypeShift:
        case TSParseActionTypeRecover:
          if (!action.shift.extra && !action.shift.repetition) has_shift_action = true;
          break;
        case TSParseActionTypeReduce:
          if (action.reduce.child_count > 0)
            ts_reduce_action_set_add(&set, (ReduceAction){
              .symbol = action.reduce.symbol,
              .count = action.reduce.child_count,
              .dynamic_precedence = action.reduce.dynamic_precedence,
              .production_id = action.reduce.production_id,
            });
          break;
        default:
          break;
      }
    }
  }
  PotentialActions *result = malloc(sizeof(PotentialActions) + set.size * sizeof(ReduceAction));
  if (result) {
    result->has_shift_action = has_shift_action;
    result->count = set.size;
    if (set.size) memcpy(result->actions, set.contents, set.size * sizeof(ReduceAction));
  }
  array_delete(&set);
  return result;
}

static inline bool m2rc_potential_actions(const TSLanguage *self, TSStateId state, ReduceActionSet *reduce_actions,
                                          bool *has_shift_action) {
  const DenseRows *dense = dense_rows_of(self);
  if (!dense || state >= self->state_count) return false;
  PotentialActions **slot = &dense->potential[state];
  PotentialActions *known = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  if (!known) {
    PotentialActions *fresh = build_potential_actions(self, state);
    if (!fresh) return false;
    PotentialActions *expected = NULL;
    if (__atomic_compare_exchange_n(slot, &expected, fresh, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
      known = fresh;
    } else {
      free(fresh);
      known = expected;
    }
  }
  for (uint32_t i = 0; i < known->count; i++) array_push(reduce_actions, known->actions[i]);
  *has_shift_action = known->has_shift_action;
  return true;
}

/*
 * `ts_parser__handle_error` looks for a token to insert as MISSING by walking every token and keeping those whose
 * next state is neither 0 nor the current state; which tokens those are, and their next states, depend on the
 * state alone. Grammars/build.py patches the loop to walk this list, built once per state (in token order, so the
 * loop body sees the same tokens in the same order); it falls back to the walk when this returns NULL.
 */
typedef struct M2RCMissingCandidates {
  uint32_t count;
  struct { TSSymbol symbol; TSStateId state; } items[];
} M2RCMissingCandidates;

static TSStateId ts_language_next_state_of(const TSLanguage *self, TSStateId state, TSSymbol symbol);

static __attribute__((noinline)) M2RCMissingCandidates *build_missing_candidates(const TSLanguage *self,
                                                                                 TSStateId state) {
  uint32_t capacity = 0;
  TSSymbol end = (TSSymbol)self->token_count;
  for (TSSymbol symbol = 1; symbol < end; symbol = m2rc_next_symbol(self, state, symbol, end)) capacity++;
  M2RCMissingCandidates *result = malloc(sizeof(M2RCMissingCandidates) + capacity * sizeof(result->items[0]));
  if (!result) return NULL;
  result->count = 0;
  for (TSSymbol symbol = 1; symbol < end; symbol = m2rc_next_symbol(self, state, symbol, end)) {
    TSStateId next = ts_language_next_state_of(self, state, symbol);
    if (next == 0 || next == state) continue;
    result->items[result->count].symbol = symbol;
    result->items[result->count].state = next;
    result->count++;
  }
  return result;
}

static inline const M2RCMissingCandidates *m2rc_missing_candidates(const TSLanguage *self, TSStateId state) {
  const DenseRows *dense = dense_rows_of(self);
  if (!dense || state >= self->state_count) return NULL;
  M2RCMissingCandidates **slot = &dense->missing[state];
  M2RCMissingCandidates *known = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  if (known) return known;
  M2RCMissingCandidates *fresh = build_missing_candidates(self, state);
  if (!fresh) return NULL;
  M2RCMissingCandidates *expected = NULL;
  if (__atomic_compare_exchange_n(slot, &expected, fresh, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return fresh;
  free(fresh);
  return expected;
}

static TSStateId ts_language_next_state_of(const TSLanguage *self, TSStateId state, TSSymbol symbol) {
  return ts_language_next_state(self, state, symbol);
}

TSStateId ts_language_next_state(const TSLanguage *self, TSStateId state, TSSymbol symbol) {
  if (symbol == ts_builtin_sym_error || symbol == ts_builtin_sym_error_repeat || symbol >= self->symbol_count) {
    return m2rc_scanned_next_state(self, state, symbol);
  }
  if (symbol < self->token_count) {
    uint32_t count;
    const TSParseAction *actions = ts_language_actions(self, state, symbol, &count);
    if (count > 0) {
      TSParseAction action = actions[count - 1];
      if (action.type == TSParseActionTypeShift) return action.shift.extra ? state : action.shift.state;
    }
    return 0;
  }
  return dense_lookup(self, state, symbol);
}

#include "stack.h"
static bool m2rc_reduce_in_place(TSParser *self, StackVersion version, TSSymbol symbol, uint32_t count,
                                 int dynamic_precedence, uint16_t production_id, bool end_of_non_terminal_extra);
static bool m2rc_missing_trial_is_void(Stack *stack, const TSLanguage *language, StackVersion version,
                                       TSStateId state_after_missing, uint32_t position, TSSymbol lookahead);

#include "lexer.c"
#include "node.c"
#include "parser.c"
#include "query.c"
#include "stack.c"

/*
 * `ts_stack_pop_count` (patched by Grammars/build.py to call this): the slice `stack__iter` would return when the
 * path from the version's head down to the goal has a single link at every node it leaves, which is the usual
 * case; any other stack goes to `stack__iter` itself. It takes the same steps in the same order: subtrees are
 * collected from the links followed (extras not counted), the array reversed and added as one slice; a path that
 * reaches the bottom first gives no slice.
 */
static StackSliceArray m2rc_pop_count(Stack *self, StackVersion version, uint32_t count) {
  StackNode *stop = array_get(&self->heads, version)->node;
  uint32_t subtree_count = 0;
  while (subtree_count != count && stop->link_count == 1) {
    StackLink link = stop->links[0];
    if (!link.subtree.ptr || !ts_subtree_extra(link.subtree)) subtree_count++;
    stop = link.node;
  }
  if (subtree_count != count && stop->link_count > 1) {
    return stack__iter(self, version, pop_count_callback, &count, (int)count);
  }
  array_clear(&self->slices);
  array_clear(&self->iterators);
  if (subtree_count != count) return self->slices; /* the bottom of the stack came first */
  SubtreeArray subtrees = array_new();
  array_reserve(&subtrees, (uint32_t)ts_subtree_alloc_size(count) / sizeof(Subtree));
  for (StackNode *node = array_get(&self->heads, version)->node; node != stop; node = node->links[0].node) {
    Subtree subtree = node->links[0].subtree;
    if (subtree.ptr) {
      array_push(&subtrees, subtree);
      ts_subtree_retain(subtree);
    }
  }
  ts_subtree_array_reverse(&subtrees);
  ts_stack__add_slice(self, version, stop, &subtrees);
  return self->slices;
}

#include "subtree.c"
#include "tree_cursor.c"
#include "tree.c"
#include "wasm_store.c"

/*
 * Error recovery tries inserting each token that could come next as MISSING: it copies the stack version, pushes
 * the token and performs every reduction the lookahead allows (`ts_parser__do_all_potential_reductions`), and keeps
 * the result only when the lookahead can then be shifted. Most trials fail, and a failed trial leaves nothing
 * behind unless a version it created merged into another one (a merge adds a link to that version's head) or was
 * stepped over by the loop and so never removed. This replays a trial on parse states alone, with the loop's
 * control flow: when the replay ends without a shift, with no version left, and without any head whose state and
 * position equal another's (the precondition of every merge), the trial would change nothing and is skipped.
 * Anything the replay does not model (a pop through a node with several links, an error discontinuity, too many
 * versions or entries, the end of the input, where the trial reduces for every token) makes it answer false, and
 * the trial runs as before. In the Rust benchmark fragments 36,194 of 48,918 trials are skipped;
 * Benchmarks/runtime-equivalence compares the trees with the unmodified runtime's.
 */
enum { M2RC_TRIAL_ENTRIES = 16, M2RC_TRIAL_VERSIONS = 12, M2RC_TRIAL_STEPS = 64, M2RC_TRIAL_ACTIONS = 8 };

/* A version of the replay: the real stack node it stands on, and the entries pushed above it. */
typedef struct {
  StackNode *base;
  uint32_t count;
  TSStateId states[M2RC_TRIAL_ENTRIES];
  bool extras[M2RC_TRIAL_ENTRIES];
} M2RCTrialVersion;

typedef struct {
  Stack *stack;
  const TSLanguage *language;
  uint32_t first;    /* the trial's version index: versions below it are the stack's own */
  uint32_t position; /* every head of the trial is at this byte (reductions do not move the head) */
  uint32_t count;
  M2RCTrialVersion versions[M2RC_TRIAL_VERSIONS];
} M2RCTrial;

static TSStateId m2rc_trial_state(const M2RCTrialVersion *version) {
  return version->count ? version->states[version->count - 1] : version->base->state;
}

static bool m2rc_trial_push(M2RCTrialVersion *version, TSStateId state, bool extra) {
  if (version->count == M2RC_TRIAL_ENTRIES) return false;
  version->states[version->count] = state;
  version->extras[version->count] = extra;
  version->count++;
  return true;
}

static void m2rc_trial_erase(M2RCTrial *trial, uint32_t index) {
  for (uint32_t i = index; i + 1 < trial->count; i++) trial->versions[i] = trial->versions[i + 1];
  trial->count--;
}

/* Whether a head in `state` could merge with a version other than `except` below `limit` (real or replayed). */
static bool m2rc_trial_may_merge(const M2RCTrial *trial, TSStateId state, uint32_t limit, uint32_t except) {
  for (uint32_t j = 0; j < limit; j++) {
    if (j == except) continue;
    if (j < trial->first) {
      const StackHead *head = array_get(&trial->stack->heads, j);
      if (head->node->state == state && head->node->position.bytes == trial->position) return true;
    } else if (m2rc_trial_state(&trial->versions[j - trial->first]) == state) {
      return true;
    }
  }
  return false;
}

/* `ts_parser__reduce` on the replay: 1 when it added a version, 0 when the pop found no slice, -1 to give up. */
static int m2rc_trial_reduce(M2RCTrial *trial, uint32_t version, TSSymbol symbol, uint32_t goal) {
  uint32_t slice_version = trial->first + trial->count;
  if (slice_version > MAX_VERSION_COUNT + MAX_VERSION_COUNT_OVERFLOW || trial->count == M2RC_TRIAL_VERSIONS) return -1;
  const M2RCTrialVersion *from = &trial->versions[version - trial->first];
  M2RCTrialVersion *next = &trial->versions[trial->count]; /* kept only when the reduction is replayed */
  next->base = from->base;
  next->count = from->count;
  uint32_t popped = 0, trailing = 0;
  bool in_trailing = true;
  /* The replayed entries first, top down (extras are not counted, as in m2rc_pop_count)... */
  while (popped != goal && next->count > 0) {
    bool extra = from->extras[--next->count];
    if (!extra) popped++;
    if (in_trailing && extra) trailing++; else in_trailing = false;
  }
  /* ...then the real stack, along single links only. */
  while (popped != goal && next->base->link_count == 1) {
    StackLink link = next->base->links[0];
    if (!link.subtree.ptr) return -1;
    bool extra = ts_subtree_extra(link.subtree);
    if (!extra) popped++;
    if (in_trailing && extra) trailing++; else in_trailing = false;
    next->base = link.node;
  }
  if (popped != goal) return next->base->link_count > 1 ? -1 : 0;
  for (uint32_t i = 0; i < next->count; i++) {
    next->states[i] = from->states[i];
    next->extras[i] = from->extras[i];
  }

  TSStateId next_state = ts_language_next_state(trial->language, m2rc_trial_state(next), symbol);
  if (!m2rc_trial_push(next, next_state, false)) return -1;
  for (uint32_t j = 0; j < trailing; j++) {
    if (!m2rc_trial_push(next, next_state, true)) return -1;
  }
  if (m2rc_trial_may_merge(trial, next_state, slice_version, version)) return -1;
  trial->count++;
  return 1;
}

static bool m2rc_missing_trial_is_void(Stack *stack, const TSLanguage *language, StackVersion original,
                                       TSStateId state_after_missing, uint32_t position, TSSymbol lookahead) {
  /* At the end of the input the trial reduces for every token and removes no version: not replayed. */
  if (lookahead == ts_builtin_sym_end) return false;
  M2RCTrial trial; /* not zeroed: only `count` versions and entries are ever read */
  trial.stack = stack;
  trial.language = language;
  trial.first = ts_stack_version_count(stack);
  trial.position = position;
  trial.count = 1;
  trial.versions[0].base = array_get(&stack->heads, original)->node;
  trial.versions[0].count = 0;
  m2rc_trial_push(&trial.versions[0], state_after_missing, false);

  /* ts_parser__do_all_potential_reductions(self, trial, lookahead), step for step. */
  uint32_t starting_version = trial.first, initial_version_count = trial.first + 1;
  uint32_t version = starting_version;
  for (unsigned i = 0; true; i++) {
    if (i == M2RC_TRIAL_STEPS) return false;
    uint32_t version_count = trial.first + trial.count;
    if (version >= version_count) break;
    TSStateId state = m2rc_trial_state(&trial.versions[version - trial.first]);
    for (uint32_t j = initial_version_count; j < version; j++) {
      if (m2rc_trial_state(&trial.versions[j - trial.first]) == state) return false;
    }

    TableEntry entry;
    ts_language_table_entry(language, state, lookahead, &entry);
    ReduceAction actions[M2RC_TRIAL_ACTIONS];
    uint32_t action_count = 0;
    for (uint32_t j = 0; j < entry.action_count; j++) {
      TSParseAction action = entry.actions[j];
      switch (action.type) {
        case TSParseActionTypeShift:
        case TSParseActionTypeRecover:
          if (!action.shift.extra && !action.shift.repetition) return false; /* the trial would succeed */
          break;
        case TSParseActionTypeReduce:
          if (action.reduce.child_count > 0) {
            bool known = false;
            for (uint32_t k = 0; k < action_count; k++) {
              if (actions[k].symbol == action.reduce.symbol && actions[k].count == action.reduce.child_count) {
                known = true;
              }
            }
            if (known) break;
            if (action_count == M2RC_TRIAL_ACTIONS) return false;
            actions[action_count++] = (ReduceAction){.symbol = action.reduce.symbol,
                                                     .count = action.reduce.child_count};
          }
          break;
        default:
          break;
      }
    }

    uint32_t reduction_version = STACK_VERSION_NONE;
    for (uint32_t j = 0; j < action_count; j++) {
      uint32_t before = trial.first + trial.count;
      int added = m2rc_trial_reduce(&trial, version, actions[j].symbol, actions[j].count);
      if (added < 0) return false;
      reduction_version = added ? before : STACK_VERSION_NONE;
    }

    if (reduction_version != STACK_VERSION_NONE && i < MAX_VERSION_COUNT) {
      /* ts_stack_renumber_version(reduction_version, version) */
      if (reduction_version != version) {
        trial.versions[version - trial.first] = trial.versions[reduction_version - trial.first];
        m2rc_trial_erase(&trial, reduction_version - trial.first);
      }
      continue;
    }
    m2rc_trial_erase(&trial, version - trial.first);
    version = version == starting_version ? version_count : version + 1;
  }
  /* A version the loop stepped over stays on the stack: only a trial that leaves none is void. */
  return trial.count == 0;
}

/*
 * A reduction by the only action of the only stack version, through single links (`ts_parser__advance`, patched by
 * Grammars/build.py to try this first). `ts_parser__reduce` pops into a new version, pushes the parent there, finds
 * no other version to merge with, and the caller then renumbers the new version into the old one: the old head is
 * deleted and the new one takes its place, with its summary. Here the head is moved down to the slice's node and
 * the parent pushed on it, with the same subtrees, states, fragility (none) and head fields; false when the stack
 * is not in that shape, and the general path runs.
 */
static bool m2rc_reduce_in_place(TSParser *self, StackVersion version, TSSymbol symbol, uint32_t count,
                                 int dynamic_precedence, uint16_t production_id, bool end_of_non_terminal_extra) {
  Stack *stack = self->stack;
  if (stack->heads.size != 1) return false;
  StackHead *head = &stack->heads.contents[version];
  if (head->status != StackStatusActive || head->lookahead_when_paused.ptr) return false;
  StackNode *stop = head->node;
  uint32_t subtree_count = 0;
  while (subtree_count != count && stop->link_count == 1) {
    StackLink link = stop->links[0];
    if (!link.subtree.ptr || !ts_subtree_extra(link.subtree)) subtree_count++;
    stop = link.node;
  }
  if (subtree_count != count) return false;

  /* The slice m2rc_pop_count gives. */
  SubtreeArray children = array_new();
  array_reserve(&children, (uint32_t)ts_subtree_alloc_size(count) / sizeof(Subtree));
  for (StackNode *node = head->node; node != stop; node = node->links[0].node) {
    Subtree subtree = node->links[0].subtree;
    if (subtree.ptr) {
      array_push(&children, subtree);
      ts_subtree_retain(subtree);
    }
  }
  ts_subtree_array_reverse(&children);

  /* ts_parser__reduce's body for one slice of a one-version stack. */
  ts_subtree_array_remove_trailing_extras(&children, &self->trailing_extras);
  MutableSubtree parent = ts_subtree_new_node(symbol, &children, production_id, self->language);
  TSStateId state = stop->state;
  TSStateId next_state = ts_language_next_state(self->language, state, symbol);
  if (end_of_non_terminal_extra && next_state == state) parent.ptr->extra = true;
  parent.ptr->parse_state = state;
  parent.ptr->dynamic_precedence += dynamic_precedence;

  /* The new head stands on the slice's node; the old head's node is released as its deletion would. */
  StackNode *old = head->node;
  stack_node_retain(stop);
  head->node = stop;
  stack_node_release(old, &stack->node_pool, stack->subtree_pool);
  ts_stack_push(stack, version, ts_subtree_from_mut(parent), false, next_state);
  for (uint32_t j = 0; j < self->trailing_extras.size; j++) {
    ts_stack_push(stack, version, self->trailing_extras.contents[j], false, next_state);
  }
  return true;
}
