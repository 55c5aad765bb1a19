#!/usr/bin/env bash
# Checks that m2rc's private CodeBLEU runtime (Grammars/runtime: memoised table lookups, the patched recovery loop,
# the direct subtree walk) gives the same flat trees as the unmodified pinned runtime with the cursor walk, on
# fragments of the demo corpus, for every grammar in the build folder. Run from the package root after
# `python3 Grammars/build.py`; exit status 1 when any tree differs.
set -euo pipefail
root="$(pwd)"
grammars="${M2RC_GRAMMARS_DIR:-$root/Grammars/build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cc="${CC:-cc}"

read -r archive path < <(python3 - "$root/Grammars/grammars.json" <<'PY'
import json, sys
runtime = next(r for r in json.load(open(sys.argv[1]))["runtimes"] if r["name"] == "codebleu")
print(runtime["file"], runtime["path"])
PY
)
tar -xzf "$grammars/downloads/$archive" -C "$work" "$path"
src="$work/$path"
# The reference: the runtime's own lib.c, untouched, and the cursor walk.
"$cc" -O2 -w -shared -fPIC -fvisibility=hidden -I"$src/include" -I"$src/src" -I"$root/Grammars/runtime" \
    "$src/src/lib.c" "$root/Benchmarks/runtime-equivalence/cursor_flatten.c" \
    -Wl,--version-script="$root/Grammars/runtime/exports.map" -o "$work/libreference.so"
"$cc" -O2 -o "$work/compare" "$root/Benchmarks/runtime-equivalence/compare.c" -ldl
python3 "$root/Benchmarks/runtime-equivalence/fragments.py" "$root/Manifests/demo/repos" "$work/fragments" > /dev/null

candidate="$grammars/$(python3 -c 'import json,sys; print(next(r["library"] for r in json.load(open(sys.argv[1]))["runtimes"] if r["name"] == "codebleu"))' "$grammars/manifest.json")"
status=0
while read -r symbol library; do
    fragments="$work/fragments/${symbol#codebleu_}.bin"
    [ -f "$fragments" ] || { echo "no fragments for $symbol"; status=1; continue; }
    "$work/compare" "$work/libreference.so" "$candidate" "$grammars/$library" "tree_sitter_$symbol" "$fragments" || status=1
done < <(python3 -c 'import json,sys; [print(g["symbol"], g["library"]) for g in json.load(open(sys.argv[1]))["grammars"]]' "$grammars/manifest.json")
exit $status
