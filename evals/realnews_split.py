"""Link one split of ../shared/realnews into a folder that `--fixtures` and `summarizer train` can read.

    python evals/realnews_split.py dev /tmp/rn_dev     # odd NN: study, train, tune
    python evals/realnews_split.py test /tmp/rn_test   # even NN: aggregate scores only, never read

The corpus stays outside the repository; only links are made.
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Beside the clone (as CI has it); REALNEWS_DIR overrides for a checkout elsewhere (a git worktree).
REALNEWS = Path(os.environ.get("REALNEWS_DIR") or ROOT.parent / "shared" / "realnews")
_NUMBERED = re.compile(r"^(\d+)-")


def split_names(split: str, corpus: Path = REALNEWS) -> list[str]:
    """Folder names of the split: odd NN for dev, even NN for test."""
    want = 1 if split == "dev" else 0
    names = []
    for folder in sorted(corpus.iterdir()):
        found = _NUMBERED.match(folder.name)
        if folder.is_dir() and found and int(found.group(1)) % 2 == want:
            names.append(folder.name)
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=["dev", "test"])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=REALNEWS)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in split_names(args.split, args.corpus):
        link = args.out / name
        if not link.exists():
            link.symlink_to(args.corpus.resolve() / name, target_is_directory=True)
    print(f"{args.out}: {len(split_names(args.split, args.corpus))} {args.split} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
