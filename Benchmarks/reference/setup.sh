#!/usr/bin/env bash
# Sets up the reference Python tools the evaluator benchmark compares against, at the versions pinned in
# METRICS.md §6.8 and §10, in a virtual environment (default /tmp/m2rc-reference-venv, or $1).
# codebleu 0.7.0 works only with tree-sitter 0.22.x and the 0.21/0.22 grammar wheels below: newer grammar
# wheels return a PyCapsule that tree-sitter 0.22 refuses.
set -euo pipefail
venv="${1:-${M2RC_REFERENCE_VENV:-/tmp/m2rc-reference-venv}}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    rapidfuzz==3.14.6 \
    fuzzywuzzy==0.18.0 \
    python-Levenshtein==0.27.5 \
    thefuzz==0.22.1 \
    editdistance==0.8.1 \
    codebleu==0.7.0 \
    tree-sitter==0.22.3 \
    tree-sitter-python==0.21.0 \
    tree-sitter-go==0.21.2 \
    tree-sitter-javascript==0.21.4 \
    tree-sitter-ruby==0.21.0 \
    tree-sitter-php==0.22.8 \
    tree-sitter-java==0.21.0 \
    tree-sitter-c-sharp==0.21.3 \
    tree-sitter-c==0.21.4 \
    tree-sitter-cpp==0.22.3 \
    tree-sitter-rust==0.21.2
"$venv/bin/python" - <<'PY'
import importlib.metadata as m
for name in ["rapidfuzz", "fuzzywuzzy", "python-Levenshtein", "thefuzz", "codebleu", "tree-sitter"]:
    print(f"{name}=={m.version(name)}")
from codebleu import calc_codebleu
print("codebleu check:", calc_codebleu(["x = a + b"], ["x = a + b"], "python")["codebleu"])
PY
echo "reference environment ready: $venv"
