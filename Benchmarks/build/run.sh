#!/usr/bin/env bash
# End-to-end build benchmark: `m2rc build` (release binary) on the embedded demo corpus and on a larger set of local
# repositories made from it, printing wall time, MB of source per second and peak memory (GNU time's max RSS).
#
#   Benchmarks/build/run.sh [COPIES]     (default 8: 18 × 8 = 144 repositories)
#
# The larger set copies each demo repository COPIES times as plain folders, every file given a distinct number of
# trailing blank lines so exact dedup does not collapse them (near dedup does: that is part of the work measured).
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-8}
swift build -c release --product m2rc >/dev/null
m2rc=.build/release/m2rc
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

measure() {  # name manifest config
  local name=$1 manifest=$2 config=$3
  local bytes
  bytes=$(python3 -c "
import json, os, sys
total = 0
for line in open(sys.argv[1]):
    entry = json.loads(line)
    url = entry['url'] if entry['url'].startswith('/') else os.path.join(os.path.dirname(sys.argv[1]), entry['url'])
    for root, _, files in os.walk(url):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
print(total)" "$manifest")
  /usr/bin/time -v "$m2rc" build --manifest "$manifest" --config "$config" --output "$scratch/out-$name" \
    --cache "$scratch/cache-$name" --force >"$scratch/$name.log" 2>"$scratch/$name.time"
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$scratch/$name.time" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$scratch/$name.time" | awk '{print $NF}')
  python3 - "$name" "$bytes" "$wall" "$rss" <<'PY'
import sys
name, size, wall, rss = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
parts = [float(p) for p in wall.split(":")]
seconds = parts[-1] + (parts[-2] * 60 if len(parts) > 1 else 0) + (parts[-3] * 3600 if len(parts) > 2 else 0)
print(f"{name:<14} {size / 1e6:8.2f} MB of files  {seconds:7.2f} s  {size / 1e6 / seconds:6.2f} MB/s  peak RSS {rss / 1024:7.1f} MiB")
PY
}

echo "m2rc build, end to end (fetch, scan, dedup, mine with retrieval, release), release binary, all cores"
measure demo Manifests/demo/manifest.jsonl Manifests/demo/config.json

mkdir -p "$scratch/larger"
python3 - "$scratch/larger" "$copies" <<'PY'
import json, os, shutil, sys
target, copies = sys.argv[1], int(sys.argv[2])
demo = "Manifests/demo/repos"
with open(os.path.join(target, "manifest.jsonl"), "w") as manifest:
    for repo in sorted(os.listdir(demo)):
        for copy in range(copies):
            name = f"{repo}-{copy}"
            destination = os.path.join(target, "repos", name)
            shutil.copytree(os.path.join(demo, repo), destination)
            for root, _, files in os.walk(destination):
                for file in files:
                    path = os.path.join(root, file)
                    text = open(path, encoding="utf-8").read()
                    with open(path, "w", encoding="utf-8") as out:
                        out.write(text + "\n" * (copy + 1))  # a different tail per copy: not an exact duplicate
            manifest.write(json.dumps({"repo": f"bench/{name}", "url": f"repos/{name}", "stars": 10 + copy,
                                       "license": "MIT"}) + "\n")
PY
cp Manifests/demo/config.json "$scratch/larger/config.json"
measure "larger ×$copies" "$scratch/larger/manifest.jsonl" "$scratch/larger/config.json"
