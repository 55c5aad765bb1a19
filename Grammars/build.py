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
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PINS = HERE / "grammars.json"
# Bump when the way a library is built changes, so every stamp goes stale.
BUILD_RECIPE = 1
CFLAGS = ["-O2", "-fPIC", "-shared", "-std=gnu11", "-w"]


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


def fetch_sdist(package: str, version: str, sha256: str, downloads: Path) -> Path:
    """Returns the verified sdist, downloading it with pip when it is missing or does not match its pin."""
    target = downloads / sdist_filename(package, version)
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
        fetched = Path(tmp) / sdist_filename(package, version)
        if not fetched.exists():
            raise BuildError(f"{package}=={version}: pip did not produce {fetched.name}")
        actual = sha256_of(fetched)
        if actual != sha256:
            raise BuildError(f"{package}=={version}: sha256 {actual} does not match the pin {sha256}")
        os.replace(fetched, target)
    return target


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


def compile_grammar(entry: dict, work: Path, lib: Path, compiler: str, abi: dict) -> dict:
    symbol = entry["symbol"]
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
    command = [compiler, *CFLAGS, f"-I{src}", *sources, "-o", str(tmp)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise BuildError(f"grammar {symbol}: compiler failed:\n{result.stderr.strip()[-4000:]}")
    os.replace(tmp, output)
    node_types = src / "node-types.json"
    if node_types.exists():
        shutil.copyfile(node_types, lib.parent / "node-types" / f"{symbol}.json")
    return {"abi": version, "library_sha256": sha256_of(output)}


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
    arguments.add_argument("--only", nargs="*", default=None, help="build only these symbols")
    options = arguments.parse_args()

    pins = json.loads(PINS.read_text())
    abi = pins["abi"]
    grammars = [g for g in pins["grammars"] if options.only is None or g["symbol"] in options.only]
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
                for piece in (entry, entry.get("headers")):
                    if piece:
                        key = (piece["package"], piece["version"], piece["sha256"])
                        folder = grammar_folder(entry) if piece is entry else piece["path"] + "/"
                        wanted.setdefault(key, []).append(folder)
            with tempfile.TemporaryDirectory(prefix="m2rc-grammars-") as tmp:
                work = Path(tmp)
                for (package, version, sha256), prefixes in sorted(wanted.items()):
                    sdist = fetch_sdist(package, version, sha256, out / "downloads")
                    extract(sdist, prefixes, work)
                log(f"compiling {len(stale)} grammar(s) with {options.jobs} job(s): "
                    + ", ".join(e["symbol"] for e in stale))
                with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
                    futures = {pool.submit(compile_grammar, e, work, out / "lib", compiler, abi): e for e in stale}
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

        manifest = {"format": 1, "runtime_abi": abi, "grammars": []}
        for entry in pins["grammars"]:
            stamp_file = out / "lib" / f"{entry['symbol']}.stamp.json"
            if not stamp_file.exists():
                continue
            built = json.loads(stamp_file.read_text())
            manifest["grammars"].append({
                "symbol": entry["symbol"], "package": entry["package"], "version": entry["version"],
                "sdist_sha256": entry["sha256"], "upstream": entry["upstream"], "abi": built["abi"],
                "library": f"lib/libtree-sitter-{entry['symbol']}.so",
                "library_sha256": built["library_sha256"],
                "node_types": f"node-types/{entry['symbol']}.json"
                if (out / "node-types" / f"{entry['symbol']}.json").exists() else None,
            })
        write_atomically(out / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BuildError as error:
        log(f"error: {error}")
        sys.exit(1)
