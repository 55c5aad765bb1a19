#include "c_parse_loop.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <tree_sitter/api.h>

static char last_error[512];

const char *c_parse_loop_error(void) { return last_error; }

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* What a consumer of every node needs: the node, its type and its field. The sum keeps the reads alive. */
static uint64_t checksum;

static uint64_t count_nodes(TSTree *tree) {
    TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(tree));
    uint64_t nodes = 0;
    int depth = 1;
    for (;;) {
        nodes++;
        TSNode node = ts_tree_cursor_current_node(&cursor);
        checksum += ts_node_symbol(node) + ts_tree_cursor_current_field_id(&cursor) + (uint64_t)depth;
        if (ts_tree_cursor_goto_first_child(&cursor)) { depth++; continue; }
        while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
            if (depth == 1 || !ts_tree_cursor_goto_parent(&cursor)) { ts_tree_cursor_delete(&cursor); return nodes; }
            depth--;
        }
    }
}

CParseLoopResult c_parse_loop(const char *library_path, const char *symbol,
                              const char *const *buffers, const uint32_t *lengths, size_t count,
                              int repetitions, int walk) {
    CParseLoopResult result = {0, 0, 0, 0};
    last_error[0] = '\0';
    void *library = dlopen(library_path, RTLD_NOW | RTLD_LOCAL);
    if (!library) { snprintf(last_error, sizeof last_error, "%s", dlerror()); result.error = 1; return result; }
    char entry[128];
    snprintf(entry, sizeof entry, "tree_sitter_%s", symbol);
    const TSLanguage *(*language)(void) = (const TSLanguage *(*)(void))dlsym(library, entry);
    if (!language) { snprintf(last_error, sizeof last_error, "no symbol %s", entry); result.error = 2; return result; }
    TSParser *parser = ts_parser_new();
    if (!ts_parser_set_language(parser, language())) {
        snprintf(last_error, sizeof last_error, "ABI mismatch");
        ts_parser_delete(parser);
        result.error = 3;
        return result;
    }
    double start = now_seconds();
    for (int r = 0; r < repetitions; r++) {
        for (size_t i = 0; i < count; i++) {
            TSTree *tree = ts_parser_parse_string(parser, NULL, buffers[i], lengths[i]);
            if (walk) result.nodes += count_nodes(tree);
            result.bytes += lengths[i];
            ts_tree_delete(tree);
        }
    }
    result.seconds = now_seconds() - start;
    ts_parser_delete(parser);
    /* Grammars are never unloaded: the same rule as the Swift side. */
    return result;
}
