#!/usr/bin/env python3
"""Fetch, check and compile the pinned tree-sitter grammars of Grammars/grammars.json.

Each grammar comes from a PyPI sdist whose sha256 is pinned. The script downloads the sdists it lacks
(`pip download`, hash-checked by pip and again here), extracts only the grammar folders it needs, refuses a
grammar whose ABI the runtime cannot load, and compiles one shared library per grammar, in parallel.

Output folder (default Grammars/build, or $M2RC_GRAMMARS_DIR, or --out):
    downloads/<sdist>.tar.gz           the pinned sdists, kept so a rebuild needs no network
    lib/libtree-sitter-<symbol>.so     one library per grammar
    lib/<symbol>.stamp.json            what the library was built from; a matching stamp means "up to date"
    node-types/<symbol>.json           the grammar's node-types.json, when its sdist has one
    manifest.json                      every grammar's pin, ABI and library; what m2rc reads at run time

Entries with `"set": "codebleu"` form a second set: the exact grammar versions the `codebleu` 0.7.0 reference was
run with, so CodeBLEU can reproduce its numbers. Their symbols carry a `codebleu_` prefix (entry point
`tree_sitter_codebleu_<lang>`, renamed at compile time from the grammar's own `tree_sitter_<entry>`), so their
libraries never collide with the dataset set's. Some of those versions were published on PyPI as wheels only: such
an entry pins the wheel for the machine it runs on and links its compiled grammar behind a small wrapper library;
on another machine it falls back to the dataset grammar of the same language (`fallback`).

`runtimes` are tree-sitter runtimes of other versions, compiled from their PyPI sdist through
`runtime/dense_runtime.c` (the sdist's sources in its `lib.c` order, one parse-table lookup memoised) together with
`runtime/flat_parse.c` into `lib/libtree-sitter-runtime-<name>.so`, every runtime symbol hidden: CodeBLEU loads the
`codebleu` runtime privately to parse exactly as its reference did (error recovery differs between versions).

A second run with nothing changed does nothing. Libraries are compiled to a temporary name and renamed, so a
reader never sees half a file; a lock file serialises concurrent runs on one folder.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import fcntl
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PINS = HERE / "grammars.json"
# Bump when the way a library is built changes, so every stamp goes stale.
BUILD_RECIPE = 1
CFLAGS = ["-O2", "-fPIC", "-shared", "-std=gnu11", "-w"]
# The private runtime's allocator (runtime/thread_cache.c) reads a thread-local cache on every allocation. In a
# library loaded with dlopen the default TLS model calls __tls_get_addr for each read (1.4 % of a Rust parse);
# TLS descriptors resolve to the static TLS block in two instructions. aarch64 uses descriptors already.
# The runtime's sources check invariants with assert(); py-tree-sitter's extension, like every CPython extension,
# is compiled with Python's CFLAGS, which define NDEBUG, so the reference ran without those checks.
RUNTIME_CFLAGS = ["-fvisibility=hidden", "-DNDEBUG"] + (
    ["-mtls-dialect=gnu2"] if platform.machine() in ("x86_64", "AMD64") else [])


class BuildError(Exception):
    """A failure that names the grammar (or sdist) it concerns."""


def log(message: str) -> None:
    print(f"grammars: {message}", file=sys.stderr, flush=True)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_atomically(path: Path, text: str) -> None:
    if path.exists() and path.read_text() == text:
        return
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(text)
    os.replace(tmp, path)


def sdist_filename(package: str, version: str) -> str:
    return f"{package.replace('-', '_')}-{version}.tar.gz"


def fetch_sdist(package: str, version: str, sha256: str, downloads: Path, filename: str | None = None) -> Path:
    """Returns the verified sdist, downloading it with pip when it is missing or does not match its pin.

    `filename` names sdists that predate the normalised `<package_with_underscores>-<version>.tar.gz` form."""
    filename = filename or sdist_filename(package, version)
    target = downloads / filename
    if target.exists() and sha256_of(target) == sha256:
        return target
    log(f"downloading {package}=={version}")
    with tempfile.TemporaryDirectory(dir=downloads) as tmp:
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text(f"{package}=={version} --hash=sha256:{sha256}\n")
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
                   "--no-binary", package, "-r", str(requirements), "-d", tmp]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildError(f"{package}=={version}: pip download failed:\n{result.stderr.strip()}")
        fetched = Path(tmp) / filename
        if not fetched.exists():
            raise BuildError(f"{package}=={version}: pip did not produce {fetched.name}")
        actual = sha256_of(fetched)
        if actual != sha256:
            raise BuildError(f"{package}=={version}: sha256 {actual} does not match the pin {sha256}")
        os.replace(fetched, target)
    return target


def fetch_wheel(package: str, version: str, wheel: dict, downloads: Path) -> Path:
    """Returns the verified wheel of `wheel["file"]`, downloading it with pip for the wheel's platform."""
    target = downloads / wheel["file"]
    if target.exists() and sha256_of(target) == wheel["sha256"]:
        return target
    log(f"downloading {wheel['file']}")
    with tempfile.TemporaryDirectory(dir=downloads) as tmp:
        requirements = Path(tmp) / "requirements.txt"
        requirements.write_text(f"{package}=={version} --hash=sha256:{wheel['sha256']}\n")
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
                   "--only-binary", ":all:", "--platform", wheel["pip_platform"], "--python-version", "3.11",
                   "--implementation", "cp", "-r", str(requirements), "-d", tmp]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildError(f"{package}=={version}: pip download of the wheel failed:\n{result.stderr.strip()}")
        fetched = Path(tmp) / wheel["file"]
        if not fetched.exists():
            raise BuildError(f"{package}=={version}: pip did not produce {wheel['file']}")
        actual = sha256_of(fetched)
        if actual != wheel["sha256"]:
            raise BuildError(f"{package}=={version}: wheel sha256 {actual} does not match the pin {wheel['sha256']}")
        os.replace(fetched, target)
    return target


def machine_wheel(entry: dict) -> dict | None:
    """The entry's pinned wheel for this machine, if it has one."""
    wheel = entry.get("wheel")
    return wheel if wheel and wheel["machine"] == platform.machine() else None


def resolve(entry: dict, pins: list[dict]) -> dict:
    """The entry as this machine builds it: a wheel entry without a wheel for this machine becomes its
    fallback, the dataset grammar of the same language compiled under the entry's symbol."""
    if "wheel" not in entry or machine_wheel(entry):
        return entry
    base = next((g for g in pins if g["symbol"] == entry["fallback"]), None)
    if base is None:
        raise BuildError(f"grammar {entry['symbol']}: fallback {entry['fallback']} is not pinned")
    return {**base, "symbol": entry["symbol"], "set": entry.get("set"), "entry": base["symbol"],
            "fallback_for": f"{entry['package']}=={entry['version']}"}


def python_stubs(binding: Path) -> list[str]:
    """The Python C-API functions a grammar wheel's binding imports (it never calls them: m2rc calls only the
    grammar's entry point), so a wrapper can define them and the library loads without libpython."""
    names = {"PyLong_FromVoidPtr", "PyModule_Create2"}
    result = subprocess.run(["nm", "-D", "--undefined-only", str(binding)], capture_output=True, text=True)
    if result.returncode == 0:
        names |= {line.split()[-1] for line in result.stdout.splitlines()
                  if line.split() and line.split()[-1].startswith(("Py", "_Py"))}
    return sorted(names)


def link_wheel_grammar(entry: dict, wheel_file: Path, lib: Path, compiler: str) -> Path:
    """Copies the wheel's compiled grammar beside the wrapper and links the wrapper, which exports
    `tree_sitter_<symbol>` and stubs the binding's Python imports. Returns the wrapper library."""
    symbol, source_entry = entry["symbol"], entry["entry"]
    binding_name = f"libtree-sitter-{symbol}-binding.so"
    with zipfile.ZipFile(wheel_file) as archive:
        data = archive.read(entry["wheel"]["path"])
    binding_tmp = lib / f".{binding_name}.tmp{os.getpid()}"
    binding_tmp.write_bytes(data)
    os.replace(binding_tmp, lib / binding_name)
    stubs = "".join(f"void *{name}(void) {{ return 0; }}\n" for name in python_stubs(lib / binding_name))
    wrapper_c = lib / f".{symbol}-wrapper.tmp{os.getpid()}.c"
    wrapper_c.write_text(
        "/* Generated by Grammars/build.py: re-exports a wheel's grammar under m2rc's symbol. */\n"
        "typedef struct TSLanguage TSLanguage;\n"
        f"extern const TSLanguage *tree_sitter_{source_entry}(void);\n"
        f"const TSLanguage *tree_sitter_{symbol}(void) {{ return tree_sitter_{source_entry}(); }}\n" + stubs)
    output = lib / f"libtree-sitter-{symbol}.so"
    tmp = lib / f".libtree-sitter-{symbol}.so.tmp{os.getpid()}"
    command = [compiler, *CFLAGS, str(wrapper_c), f"-L{lib}", f"-l:{binding_name}", "-Wl,-rpath,$ORIGIN",
               "-o", str(tmp)]
    result = subprocess.run(command, capture_output=True, text=True)
    wrapper_c.unlink(missing_ok=True)
    if result.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise BuildError(f"grammar {symbol}: linking the wheel wrapper failed:\n{result.stderr.strip()[-4000:]}")
    os.replace(tmp, output)
    return output


def grammar_folder(entry: dict) -> str:
    """The folder extracted for a grammar: its src/ and, beside it, shared files such as common/scanner.h."""
    return entry["path"].rsplit("/src", 1)[0] + "/"


def extract(sdist: Path, prefixes: list[str], destination: Path) -> None:
    """Extracts only the members under the given prefixes (the full pack would be about 1 GB)."""
    with tarfile.open(sdist) as archive:
        members = [m for m in archive.getmembers()
                   if (m.isfile() or m.isdir()) and any(m.name.startswith(p) for p in prefixes)]
        archive.extractall(destination, members=members, filter="data")


def language_version(parser_c: Path) -> int:
    with parser_c.open("r", errors="replace") as handle:
        for line in handle:
            match = re.match(r"#define LANGUAGE_VERSION (\d+)", line)
            if match:
                return int(match.group(1))
    raise BuildError(f"{parser_c}: no LANGUAGE_VERSION define")


def stamp_for(entry: dict, compiler: str) -> str:
    material = json.dumps({"entry": entry, "recipe": BUILD_RECIPE, "cc": compiler, "cflags": CFLAGS},
                          sort_keys=True)
    return hashlib.sha256(material.encode()).hexdigest()


def compile_grammar(entry: dict, work: Path, lib: Path, compiler: str, abi: dict, downloads: Path) -> dict:
    symbol = entry["symbol"]
    if "wheel" in entry:
        wheel_file = downloads / entry["wheel"]["file"]
        output = link_wheel_grammar(entry, wheel_file, lib, compiler)
        return {"abi": wheel_language_version(output, symbol), "library_sha256": sha256_of(output)}
    src = work / entry["path"]
    if "headers" in entry:  # this sdist lacks tree_sitter/*.h: borrow a compatible copy
        shutil.copytree(work / entry["headers"]["path"], src / "tree_sitter", dirs_exist_ok=True)
    parser_c = src / "parser.c"
    if not parser_c.exists():
        raise BuildError(f"grammar {symbol}: {entry['path']}/parser.c is not in {entry['package']}=={entry['version']}")
    version = language_version(parser_c)
    if not abi["min"] <= version <= abi["max"]:
        raise BuildError(f"grammar {symbol}: generated for ABI {version}, the runtime accepts {abi['min']}-{abi['max']}; "
                         f"pin a release generated with `tree-sitter generate --abi {abi['max']}`")
    sources = [str(parser_c)] + [str(p) for p in (src / "scanner.c",) if p.exists()]
    output = lib / f"libtree-sitter-{symbol}.so"
    tmp = lib / f".libtree-sitter-{symbol}.so.tmp{os.getpid()}"
    # A grammar built under another symbol (the codebleu set) gets its entry point renamed.
    rename = [f"-Dtree_sitter_{entry['entry']}=tree_sitter_{symbol}"] if entry.get("entry", symbol) != symbol else []
    command = [compiler, *CFLAGS, *rename, f"-I{src}", *sources, "-o", str(tmp)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise BuildError(f"grammar {symbol}: compiler failed:\n{result.stderr.strip()[-4000:]}")
    os.replace(tmp, output)
    node_types = src / "node-types.json"
    if node_types.exists():
        shutil.copyfile(node_types, lib.parent / "node-types" / f"{symbol}.json")
    return {"abi": version, "library_sha256": sha256_of(output)}


def wheel_language_version(library: Path, symbol: str) -> int:
    """The ABI of a linked wheel grammar, read by calling its entry point (a wheel has no parser.c to read)."""
    import ctypes
    handle = ctypes.CDLL(str(library), mode=os.RTLD_LOCAL)
    language = getattr(handle, f"tree_sitter_{symbol}")
    language.restype = ctypes.c_void_p
    # TSLanguage starts with `uint32_t version`.
    version = ctypes.c_uint32.from_address(language()).value
    return version


def runtime_record(entry: dict, library_sha256: str) -> dict:
    return {"name": entry["name"], "package": entry["package"], "version": entry["version"],
            "sdist_sha256": entry["sha256"], "library": f"lib/libtree-sitter-runtime-{entry['name']}.so",
            "library_sha256": library_sha256}


def built_runtime(entry: dict, lib: Path) -> dict | None:
    """The manifest record of a runtime built earlier, if its library and stamp are there."""
    stamp_file = lib / f"runtime-{entry['name']}.stamp.json"
    if not stamp_file.exists() or not (lib / f"libtree-sitter-runtime-{entry['name']}.so").exists():
        return None
    return runtime_record(entry, json.loads(stamp_file.read_text())["library_sha256"])


def build_runtime(entry: dict, downloads: Path, lib: Path, compiler: str) -> dict:
    """Compiles a pinned tree-sitter runtime with m2rc's flat-tree entry points; returns its manifest record."""
    name = entry["name"]
    output = lib / f"libtree-sitter-runtime-{name}.so"
    stamp_file = lib / f"runtime-{name}.stamp.json"
    helper = HERE / "runtime" / "flat_parse.c"
    amalgamation = HERE / "runtime" / "dense_runtime.c"
    allocator = HERE / "runtime" / "thread_cache.c"
    exports = HERE / "runtime" / "exports.map"
    material = json.dumps({"entry": entry, "recipe": BUILD_RECIPE, "cc": compiler,
                           "cflags": CFLAGS + RUNTIME_CFLAGS, "helper": sha256_of(helper), "amalgamation": sha256_of(amalgamation),
                           "allocator": sha256_of(allocator),
                           "patches": RUNTIME_PATCHES,
                           "exports": sha256_of(exports)}, sort_keys=True)
    stamp = hashlib.sha256(material.encode()).hexdigest()
    current = json.loads(stamp_file.read_text()) if stamp_file.exists() else {}
    if current.get("stamp") != stamp or not output.exists():
        sdist = fetch_sdist(entry["package"], entry["version"], entry["sha256"], downloads, entry.get("file"))
        with tempfile.TemporaryDirectory(prefix="m2rc-runtime-") as tmp:
            extract(sdist, [entry["path"] + "/"], Path(tmp))
            root = Path(tmp) / entry["path"]
            check_amalgamation(root / "src" / "lib.c", amalgamation)
            patch_runtime(root / "src")
            tmp_output = lib / f".libtree-sitter-runtime-{name}.so.tmp{os.getpid()}"
            command = [compiler, *CFLAGS, *RUNTIME_CFLAGS, f"-I{root / 'include'}", f"-I{root / 'src'}",
                       str(amalgamation), str(helper), str(allocator), f"-Wl,--version-script={exports}",
                       "-o", str(tmp_output)]
            log(f"compiling runtime {name} ({entry['package']}=={entry['version']})")
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                tmp_output.unlink(missing_ok=True)
                raise BuildError(f"runtime {name}: compiler failed:\n{result.stderr.strip()[-4000:]}")
            os.replace(tmp_output, output)
        write_atomically(stamp_file, json.dumps({"stamp": stamp, "library_sha256": sha256_of(output)},
                                                indent=2, sort_keys=True) + "\n")
    return runtime_record(entry, json.loads(stamp_file.read_text())["library_sha256"])


# Error recovery's two loops over every token (looking for reductions, and for a token to insert as MISSING) read
# what depends on the parse state alone from lists built once per state (runtime/dense_runtime.c). The first steps
# with m2rc_next_symbol, which skips tokens without an action in the state (the loop body did nothing for those);
# when any token may come next, its whole result (does a token shift, which reductions) comes from
# m2rc_potential_actions. The second walks m2rc_missing_candidates: the tokens, in order, whose next state is
# neither 0 nor the current one (the loop body skipped the others), with those states. The patches are applied to
# the extracted copy of the runtime's parser.c.
RECOVERY_LOOP_PATCHES = [
    ("for (TSSymbol symbol = first_symbol; symbol < end_symbol; symbol++) {",
     "if (lookahead_symbol == 0 && m2rc_potential_actions(self->language, state, &self->reduce_actions, "
     "&has_shift_action)) {} else "
     "for (TSSymbol symbol = first_symbol; symbol < end_symbol; "
     "symbol = m2rc_next_symbol(self->language, state, symbol, end_symbol)) {"),
    ("      for (\n"
     "        TSSymbol missing_symbol = 1;\n"
     "        missing_symbol < (uint16_t)self->language->token_count;\n"
     "        missing_symbol++\n"
     "      ) {\n"
     "        TSStateId state_after_missing_symbol = ts_language_next_state(\n"
     "          self->language, state, missing_symbol\n"
     "        );\n",
     "      const M2RCMissingCandidates *m2rc_candidates = m2rc_missing_candidates(self->language, state);\n"
     "      uint32_t m2rc_end = m2rc_candidates ? m2rc_candidates->count : (uint32_t)self->language->token_count;\n"
     "      for (uint32_t m2rc_index = m2rc_candidates ? 0 : 1; m2rc_index < m2rc_end; m2rc_index++) {\n"
     "        TSSymbol missing_symbol = m2rc_candidates ? m2rc_candidates->items[m2rc_index].symbol\n"
     "                                                  : (TSSymbol)m2rc_index;\n"
     "        TSStateId state_after_missing_symbol = m2rc_candidates\n"
     "          ? m2rc_candidates->items[m2rc_index].state\n"
     "          : ts_language_next_state(self->language, state, missing_symbol);\n"),
]

# A trial insertion of a MISSING token that m2rc_missing_trial_is_void (runtime/dense_runtime.c) shows would fail
# without merging into any version is skipped: it would leave the stack as it was.
MISSING_TRIAL_PATCHES = [
    ("          StackVersion version_with_missing_tree = ts_stack_copy_version(self->stack, v);\n",
     "          if (m2rc_missing_trial_is_void(self->stack, self->language, v, state_after_missing_symbol,\n"
     "                                         ts_stack_position(self->stack, v).bytes + padding.bytes,\n"
     "                                         ts_subtree_leaf_symbol(lookahead))) continue;\n"
     "          StackVersion version_with_missing_tree = ts_stack_copy_version(self->stack, v);\n"),
]

# A reduction by the only action of the only stack version happens in place (m2rc_reduce_in_place,
# runtime/dense_runtime.c) instead of in a new version that then replaces the old one.
REDUCE_PATCHES = [
    ("          LOG(\"reduce sym:%s, child_count:%u\", SYM_NAME(action.reduce.symbol), action.reduce.child_count);\n",
     "          LOG(\"reduce sym:%s, child_count:%u\", SYM_NAME(action.reduce.symbol), action.reduce.child_count);\n"
     "          if (!is_fragile && m2rc_reduce_in_place(self, version, action.reduce.symbol, action.reduce.child_count,\n"
     "                                                  action.reduce.dynamic_precedence, action.reduce.production_id,\n"
     "                                                  end_of_non_terminal_extra)) {\n"
     "            last_reduction_version = version;\n"
     "            break;\n"
     "          }\n"),
]

# The lexer decodes every character it reads through the UTF-8 decoder; an ASCII byte decodes to itself, one byte
# long, so it is answered directly. And a grammar's lexer advances one character at a time through a function
# pointer that logs, walks the included ranges, checks the chunk and decodes: without a logger, a step from an
# ASCII character other than a newline to an ASCII byte of the same range and chunk moves the position by one byte
# and one column and reads the byte, as that walk would, in a function that needs no stack frame; any other step
# takes the original body, moved to m2rc_lexer__advance_walk.
LEXER_PATCHES = [
    ("  const uint8_t *chunk = (const uint8_t *)self->chunk + position_in_chunk;\n",
     "  const uint8_t *chunk = (const uint8_t *)self->chunk + position_in_chunk;\n"
     "  if (*chunk < 0x80 && self->input.encoding == TSInputEncodingUTF8) {\n"
     "    self->lookahead_size = 1;\n"
     "    self->data.lookahead = *chunk;\n"
     "    return;\n"
     "  }\n"),
    ("static void ts_lexer__advance(TSLexer *_self, bool skip) {\n"
     "  Lexer *self = (Lexer *)_self;\n"
     "  if (!self->chunk) return;\n",
     "static __attribute__((noinline)) void m2rc_lexer__advance_walk(Lexer *self, bool skip);\n"
     "static void ts_lexer__advance(TSLexer *_self, bool skip) {\n"
     "  Lexer *self = (Lexer *)_self;\n"
     "  if (!self->chunk) return;\n"
     "  if (\n"
     "    !self->logger.log && self->lookahead_size == 1 && self->data.lookahead != '\\n' &&\n"
     "    self->input.encoding == TSInputEncodingUTF8 &&\n"
     "    self->current_included_range_index < self->included_range_count\n"
     "  ) {\n"
     "    const TSRange *range = &self->included_ranges[self->current_included_range_index];\n"
     "    uint32_t next = self->current_position.bytes + 1;\n"
     "    uint32_t offset = next - self->chunk_start;\n"
     "    if (\n"
     "      next < range->end_byte && range->end_byte != range->start_byte &&\n"
     "      next >= self->chunk_start && offset < self->chunk_size\n"
     "    ) {\n"
     "      uint8_t byte = ((const uint8_t *)self->chunk)[offset];\n"
     "      if (byte < 0x80) {\n"
     "        self->current_position.bytes = next;\n"
     "        self->current_position.extent.column++;\n"
     "        if (skip) self->token_start_position = self->current_position;\n"
     "        self->data.lookahead = byte;\n"
     "        return;\n"
     "      }\n"
     "    }\n"
     "  }\n"
     "  m2rc_lexer__advance_walk(self, skip);\n"
     "}\n"
     "\n"
     "static void m2rc_lexer__advance_walk(Lexer *self, bool skip) {\n"),
]

# A reduction pops its children off the stack through the general walk over every path; m2rc_pop_count
# (runtime/dense_runtime.c) gives the same slice directly when the path has no branches.
STACK_PATCHES = [
    ("StackSliceArray ts_stack_pop_count(Stack *self, StackVersion version, uint32_t count) {\n"
     "  return stack__iter(self, version, pop_count_callback, &count, (int)count);\n"
     "}\n",
     "static StackSliceArray m2rc_pop_count(Stack *self, StackVersion version, uint32_t count);\n"
     "StackSliceArray ts_stack_pop_count(Stack *self, StackVersion version, uint32_t count) {\n"
     "  return m2rc_pop_count(self, version, count);\n"
     "}\n"),
]

# A new stack node was zero-filled whole, eight links of which it uses one: the fields are set one by one, and the
# links past the first are left as they are (every reader stops at link_count; the first is zeroed for a node
# without links, which ts_stack_error_cost reads).
STACK_NODE_PATCHES = [
    ("  *node = (StackNode) {\n"
     "    .ref_count = 1,\n"
     "    .link_count = 0,\n"
     "    .state = state\n"
     "  };\n",
     "  node->state = state;\n"
     "  node->ref_count = 1;\n"
     "  node->link_count = 0;\n"
     "  node->node_count = 0;\n"
     "  node->dynamic_precedence = 0;\n"
     "  node->links[0] = (StackLink) {0};\n"),
]

# What each patched file of the runtime gets; every anchor must occur exactly once.
RUNTIME_PATCHES = {"parser.c": RECOVERY_LOOP_PATCHES + MISSING_TRIAL_PATCHES + REDUCE_PATCHES, "lexer.c": LEXER_PATCHES,
                   "stack.c": STACK_PATCHES + STACK_NODE_PATCHES}


def patch_runtime(src: Path) -> None:
    """Applies RUNTIME_PATCHES to the runtime's extracted sources; fails unless each anchor occurs exactly once."""
    for name, patches in RUNTIME_PATCHES.items():
        path = src / name
        text = path.read_text()
        for anchor, replacement in patches:
            if text.count(anchor) != 1:
                raise BuildError(f"{name}: expected `{anchor.strip()}` exactly once, found {text.count(anchor)}: "
                                 f"update the patches for the pinned runtime version")
            text = text.replace(anchor, replacement)
        path.write_text(text)


def check_amalgamation(lib_c: Path, amalgamation: Path) -> None:
    """Fails unless m2rc's amalgamation includes the runtime's source files in the order its own lib.c does."""
    pattern = re.compile(r'^#include "(?:\./)?([a-z_]+\.c)"', re.MULTILINE)
    theirs = pattern.findall(lib_c.read_text())
    ours = pattern.findall(amalgamation.read_text())
    if theirs != ours:
        raise BuildError(f"{amalgamation.name} includes {ours}, but this runtime's lib.c includes {theirs}: "
                         f"update the amalgamation for the pinned runtime version")


@contextlib.contextmanager
def locked(folder: Path):
    with (folder / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--out", type=Path,
                           default=Path(os.environ.get("M2RC_GRAMMARS_DIR", HERE / "build")),
                           help="output folder (default: $M2RC_GRAMMARS_DIR or Grammars/build)")
    arguments.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel compilations")
    arguments.add_argument("--force", action="store_true", help="rebuild every grammar")
    arguments.add_argument("--only", nargs="*", default=None,
                           help="build only these symbols (runtime-<name> for a runtime)")
    options = arguments.parse_args()

    pins = json.loads(PINS.read_text())
    abi = pins["abi"]
    grammars = [resolve(g, pins["grammars"]) for g in pins["grammars"]
                if options.only is None or g["symbol"] in options.only]
    compiler = os.environ.get("CC", "cc")
    out = options.out.resolve()
    for sub in ("downloads", "lib", "node-types"):
        (out / sub).mkdir(parents=True, exist_ok=True)

    with locked(out):
        stale = []
        for entry in grammars:
            stamp_file = out / "lib" / f"{entry['symbol']}.stamp.json"
            library = out / "lib" / f"libtree-sitter-{entry['symbol']}.so"
            stamp = stamp_for(entry, compiler)
            current = json.loads(stamp_file.read_text()) if stamp_file.exists() else {}
            if options.force or current.get("stamp") != stamp or not library.exists():
                stale.append(entry)

        if stale:
            # One pass over each sdist extracts what every stale grammar needs from it.
            wanted: dict[tuple[str, str, str], list[str]] = {}
            for entry in stale:
                if "wheel" in entry:
                    fetch_wheel(entry["package"], entry["version"], entry["wheel"], out / "downloads")
                    continue
                for piece in (entry, entry.get("headers")):
                    if piece:
                        key = (piece["package"], piece["version"], piece["sha256"], piece.get("file"))
                        folder = grammar_folder(entry) if piece is entry else piece["path"] + "/"
                        wanted.setdefault(key, []).append(folder)
            with tempfile.TemporaryDirectory(prefix="m2rc-grammars-") as tmp:
                work = Path(tmp)
                for (package, version, sha256, filename), prefixes in sorted(wanted.items(), key=str):
                    sdist = fetch_sdist(package, version, sha256, out / "downloads", filename)
                    extract(sdist, prefixes, work)
                log(f"compiling {len(stale)} grammar(s) with {options.jobs} job(s): "
                    + ", ".join(e["symbol"] for e in stale))
                with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
                    futures = {pool.submit(compile_grammar, e, work, out / "lib", compiler, abi, out / "downloads"): e
                               for e in stale}
                    failures = []
                    for future in concurrent.futures.as_completed(futures):
                        entry = futures[future]
                        try:
                            built = future.result()
                        except BuildError as error:
                            failures.append(str(error))
                            continue
                        record = {"stamp": stamp_for(entry, compiler), **built}
                        write_atomically(out / "lib" / f"{entry['symbol']}.stamp.json",
                                         json.dumps(record, indent=2, sort_keys=True) + "\n")
                        log(f"built {entry['symbol']} (ABI {built['abi']})")
                    if failures:
                        raise BuildError("\n".join(sorted(failures)))
        else:
            log(f"all {len(grammars)} grammars are up to date in {out}")

        runtimes = []
        for entry in pins.get("runtimes", []):
            if options.only is None or f"runtime-{entry['name']}" in options.only:
                runtimes.append(build_runtime(entry, out / "downloads", out / "lib", compiler))
            elif record := built_runtime(entry, out / "lib"):
                runtimes.append(record)  # not rebuilt this time, but still listed
        manifest = {"format": 1, "runtime_abi": abi, "grammars": [], "runtimes": runtimes}
        for entry in (resolve(g, pins["grammars"]) for g in pins["grammars"]):
            stamp_file = out / "lib" / f"{entry['symbol']}.stamp.json"
            if not stamp_file.exists():
                continue
            built = json.loads(stamp_file.read_text())
            wheel = entry.get("wheel")
            record = {
                "symbol": entry["symbol"], "package": entry["package"], "version": entry["version"],
                "sdist_sha256": wheel["sha256"] if wheel else entry["sha256"], "upstream": entry["upstream"],
                "abi": built["abi"],
                "library": f"lib/libtree-sitter-{entry['symbol']}.so",
                "library_sha256": built["library_sha256"],
                "node_types": f"node-types/{entry['symbol']}.json"
                if (out / "node-types" / f"{entry['symbol']}.json").exists() else None,
            }
            if "set" in entry:
                record["set"] = entry["set"]
                record["archive"] = "wheel" if wheel else "sdist"
                if "fallback_for" in entry:
                    record["fallback_for"] = entry["fallback_for"]
            manifest["grammars"].append(record)
        write_atomically(out / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BuildError as error:
        log(f"error: {error}")
        sys.exit(1)
