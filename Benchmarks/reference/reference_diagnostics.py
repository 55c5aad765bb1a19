"""Diagnostics for CodeBLEU disagreements found by m2rc's evaluator benchmark.

--mode trees: for each string of --codes (a JSON list), the S-expression tree-sitter gives with the grammar
codebleu 0.7.0 uses, for the string as it is and after codebleu's own comment removal (calc_codebleu strips
the strings first, and so does this).
--mode dataflow: codebleu's per-pair dataflow match of the pairs in --pairs (JSON lines), under this process's
PYTHONHASHSEED; run it under several seeds to see which pairs depend on the seed.
"""
import argparse
import json
import logging


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["trees", "dataflow"], required=True)
    parser.add_argument("--language", required=True)
    parser.add_argument("--codes")
    parser.add_argument("--pairs")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    logging.disable(logging.WARNING)

    if args.mode == "trees":
        from codebleu.parser import remove_comments_and_docstrings
        from codebleu.utils import get_tree_sitter_language
        from tree_sitter import Parser

        ts_parser = Parser()
        ts_parser.language = get_tree_sitter_language(args.language)
        with open(args.codes, encoding="utf-8") as handle:
            codes = json.load(handle)
        result = []
        for code in codes:
            code = code.strip()
            try:
                cleaned = remove_comments_and_docstrings(code, args.language)
            except Exception:
                cleaned = code
            result.append({
                "raw": str(ts_parser.parse(bytes(code, "utf8")).root_node),
                "cleaned": str(ts_parser.parse(bytes(cleaned, "utf8")).root_node),
            })
    else:
        from codebleu import calc_codebleu

        with open(args.pairs, encoding="utf-8") as handle:
            pairs = [json.loads(line) for line in handle if line.strip()]
        result = [float(calc_codebleu([p["reference"]], [p["prediction"]], args.language)["dataflow_match_score"])
                  for p in pairs]
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main()
