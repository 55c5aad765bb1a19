"""Reference numbers and timings for m2rc's evaluator benchmark.

Reads the benchmark pairs (JSON lines of {"reference", "prediction"}) of one language and writes, as JSON, what
the reference Python tools give for every pair and how fast they are on one core:

- rapidfuzz.fuzz.ratio (float), fuzzywuzzy.fuzz.ratio with python-Levenshtein (CrossCodeEval's integer),
  the difflib fallback's integer, editdistance's 1 - Lev/max, all on stripped strings;
- CrossCodeEval's per-sample EM, ES and identifier lists (its remove_comments / extract_identifiers rules,
  restated here from their definitions), and the whitespace-token EM;
- codebleu 0.7.0: one calc_codebleu call per pair (sentence level) and one over all pairs (corpus level).

Run it with PYTHONHASHSEED=0 (the golden CodeBLEU values use that seed). Called by evaluator-benchmark; see
Benchmarks/reference/setup.sh for the environment.
"""
import argparse
import difflib
import json
import keyword
import logging
import re
import time

import editdistance
from fuzzywuzzy import fuzz as fuzzywuzzy_fuzz
from rapidfuzz import fuzz as rapidfuzz_fuzz

# CrossCodeEval's rules as METRICS.md §2 and §5 define them.
STRING_LITERAL = re.compile(r'"([^"\\]*(\\.[^"\\]*)*)"|\'([^\'\\]*(\\.[^\'\\]*)*)\'')
IDENTIFIER_START = re.compile(r"[_a-zA-Z][_a-zA-Z0-9]*")
WORD = re.compile(r"\w+")


def remove_comments(code):
    return re.sub(r"//.*", "", re.sub(r"#.*", "", code))


def identifiers(code, keywords):
    text = STRING_LITERAL.sub("", code)
    return [t for t in WORD.findall(text) if IDENTIFIER_START.match(t) and t not in keywords]


def code_lines(text):
    return [line.strip() for line in text.split("\n") if line.strip()]


def difflib_ratio(a, b):
    if a == b:
        return 100
    if not a or not b:
        return 0
    return int(round(100 * difflib.SequenceMatcher(None, a, b).ratio()))


def best_of(repeats, body):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        body()
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--keywords", required=True, help="JSON list of the language's identifier keywords")
    parser.add_argument("--codebleu-language", default="none")
    parser.add_argument("--es-repeats", type=int, default=5)
    parser.add_argument("--codebleu-repeats", type=int, default=1)
    args = parser.parse_args()

    with open(args.pairs, encoding="utf-8") as handle:
        pairs = [json.loads(line) for line in handle if line.strip()]
    references = [p["reference"] for p in pairs]
    predictions = [p["prediction"] for p in pairs]
    with open(args.keywords, encoding="utf-8") as handle:
        keywords = frozenset(json.load(handle))
    result = {"pairs": len(pairs), "timings": {}, "python_keywords_match": None}
    if args.keywords.endswith("python.json"):
        expected = frozenset(k for k in keyword.kwlist if k not in ("True", "False"))
        result["python_keywords_match"] = expected == keywords

    zipped = list(zip(predictions, references))

    def rapidfuzz_loop():
        for h, r in zipped:
            rapidfuzz_fuzz.ratio(h.strip(), r.strip())

    def fuzzywuzzy_loop():
        for h, r in zipped:
            fuzzywuzzy_fuzz.ratio(h.strip(), r.strip())

    def cceval_es_loop():
        for h, r in zipped:
            fuzzywuzzy_fuzz.ratio(remove_comments(h).strip(), remove_comments(r).strip())

    def token_em_loop():
        for h, r in zipped:
            h.split() == r.split()

    def cceval_em_loop():
        for h, r in zipped:
            code_lines(remove_comments(h)) == code_lines(remove_comments(r))

    timings = result["timings"]
    timings["rapidfuzz_ratio_loop"] = best_of(args.es_repeats, rapidfuzz_loop)
    timings["fuzzywuzzy_ratio_loop"] = best_of(args.es_repeats, fuzzywuzzy_loop)
    timings["cceval_es_loop"] = best_of(args.es_repeats, cceval_es_loop)
    timings["token_em_loop"] = best_of(args.es_repeats, token_em_loop)
    timings["cceval_em_loop"] = best_of(args.es_repeats, cceval_em_loop)

    result["rapidfuzz"] = [rapidfuzz_fuzz.ratio(h.strip(), r.strip()) for h, r in zipped]
    result["fuzzywuzzy"] = [fuzzywuzzy_fuzz.ratio(h.strip(), r.strip()) for h, r in zipped]
    result["difflib"] = [difflib_ratio(h.strip(), r.strip()) for h, r in zipped]
    levmax = []
    for h, r in zipped:
        hs, rs = h.strip(), r.strip()
        longest = max(len(hs), len(rs))
        levmax.append(0.0 if longest == 0 else 1 - editdistance.eval(hs, rs) / longest)
    result["levmax"] = levmax
    result["token_em"] = [int(h.split() == r.split()) for h, r in zipped]
    cceval_es, cceval_em, pred_ids, ref_ids = [], [], [], []
    for h, r in zipped:
        hc, rc = remove_comments(h), remove_comments(r)
        cceval_es.append(fuzzywuzzy_fuzz.ratio(hc.strip(), rc.strip()))
        cceval_em.append(int(code_lines(hc) == code_lines(rc)))
        pred_ids.append(identifiers(hc, keywords))
        ref_ids.append(identifiers(rc, keywords))
    result["cceval_es"] = cceval_es
    result["cceval_em"] = cceval_em
    result["prediction_identifiers"] = pred_ids
    result["reference_identifiers"] = ref_ids

    if args.codebleu_language != "none":
        from codebleu import calc_codebleu

        logging.disable(logging.WARNING)  # "data-flow match score degenerates to 0", once per such pair

        keys = ["codebleu", "ngram_match_score", "weighted_ngram_match_score", "syntax_match_score",
                "dataflow_match_score"]
        sentences = []

        def sentence_loop():
            sentences.clear()
            for h, r in zipped:
                scores = calc_codebleu([r], [h], args.codebleu_language)
                sentences.append([float(scores[k]) for k in keys])

        timings["codebleu_per_pair"] = best_of(args.codebleu_repeats, sentence_loop)
        corpus = {}

        def corpus_call():
            corpus.update(calc_codebleu(references, predictions, args.codebleu_language))

        timings["codebleu_corpus"] = best_of(args.codebleu_repeats, corpus_call)
        result["codebleu_sentences"] = sentences
        result["codebleu_corpus"] = [float(corpus[k]) for k in keys]

    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main()
