# The two entry points of the README, plus the pieces they are made of.
SHELL := /bin/bash
# Swift lives in /opt/swift on the project's machines; keep any swift already on PATH first.
export PATH := $(PATH):/opt/swift/usr/bin

.PHONY: demo test setup build benchmark clean-grammars

## demo: set up, build m2rc, check all grammars, parse the demo corpus, then build a release from it
demo: setup build
	.build/release/m2rc grammars --check
	.build/release/m2rc parse --strict Manifests/demo/repos
	.build/release/m2rc build --manifest Manifests/demo/manifest.jsonl --config Manifests/demo/config.json \
		--output Output/demo --force

## test: set up, then run the whole test suite
test: setup
	swift test --disable-xctest

setup:
	Scripts/bootstrap.sh

build:
	swift build -c release --product m2rc

## benchmark: the harnesses of Benchmarks/, each against its reference in the same run
benchmark: setup
	for product in parse-benchmark intake-benchmark mining-benchmark dedup-benchmark retrieval-benchmark evaluator-benchmark; do \
		swift build -c release --product $$product || exit 1; done
	.build/release/parse-benchmark
	.build/release/intake-benchmark
	.build/release/mining-benchmark
	.build/release/dedup-benchmark
	.build/release/retrieval-benchmark
	Benchmarks/build/run.sh
	Benchmarks/runtime-equivalence/run.sh
	Benchmarks/reference/setup.sh && .build/release/evaluator-benchmark

clean-grammars:
	rm -rf Grammars/build/lib Grammars/build/node-types Grammars/build/manifest.json
