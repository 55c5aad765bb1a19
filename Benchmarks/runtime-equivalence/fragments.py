"""Writes completion-like fragments of the demo corpus, one file per grammar entry, for compare.c.

Each demo file whole, and each 1-3 line window of it with two truncations (most truncations leave syntax errors,
so they exercise error recovery). Format: per string, its length as 4 little-endian bytes, then its UTF-8 bytes.
Usage: fragments.py DEMO_REPOS OUTPUT_DIR
"""
import os
import sys

EXTENSIONS = {
    "c": (".c", ".h"), "cpp": (".cpp", ".hpp", ".cc"), "c_sharp": (".cs",), "go": (".go",), "java": (".java",),
    "javascript": (".js", ".mjs"), "php": (".php",), "python": (".py",), "ruby": (".rb",), "rust": (".rs",),
    "kotlin": (".kt",), "typescript": (".ts",), "tsx": (".ts", ".tsx"), "haskell": (".hs",), "lua": (".lua",),
    "r": (".R", ".r"), "scala": (".scala",), "objc": (".m",), "html": (".html",),
}


def main(root: str, output: str) -> None:
    os.makedirs(output, exist_ok=True)
    for entry, extensions in EXTENSIONS.items():
        fragments = set()
        for folder, _, names in sorted(os.walk(root)):
            for name in sorted(names):
                if not name.endswith(extensions):
                    continue
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
                    text = handle.read()
                fragments.add(text)
                lines = text.split("\n")
                for start in range(len(lines)):
                    for count in (1, 2, 3):
                        window = "\n".join(lines[start:start + count]).strip()
                        if window:
                            fragments.update((window, window[:len(window) * 2 // 3], window[:len(window) // 3]))
        with open(os.path.join(output, entry + ".bin"), "wb") as handle:
            for fragment in sorted(fragments):
                data = fragment.encode()
                handle.write(len(data).to_bytes(4, "little"))
                handle.write(data)
        print(f"{entry}: {len(fragments)} fragments")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
