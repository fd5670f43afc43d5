"""Print the count tables of a hold-out gold set's README (tests/gold-holdout*/) from its
gold.jsonl and files.json. One script for every hold-out set: they share one layout.

Run `python tests/gold_holdout_counts.py tests/gold-holdout5` after editing a set and paste the
output into its README; tests/test_gold_holdout_set.py fails when a README's tables are stale.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

STANCES = ("support", "oppose", "mixed", "neutral")
FORMATS = ("qa", "news", "speech", "press_release", "synthesis", "negative")


def load(here: Path) -> tuple[list[dict], list[dict]]:
    rows = [json.loads(line) for line in (here / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    files = json.loads((here / "files.json").read_text(encoding="utf-8"))
    return rows, files


def tables(rows: list[dict], files: list[dict]) -> str:
    out = ["| topic | docs | rows | support | oppose | mixed | neutral | arguable |",
           "|---|---|---|---|---|---|---|---|"]

    def line(label: str, sub: list[dict]) -> str:
        st = Counter(r["stance"] for r in sub)
        arg = sum(r.get("confidence") == "arguable" for r in sub)
        return (f"| {label} | {len({r['file'] for r in sub})} | {len(sub)} | "
                + " | ".join(str(st[s]) for s in STANCES) + f" | {arg} |")

    for topic in sorted({r["topic"] for r in rows}):
        out.append(line(f"`{topic}`", [r for r in rows if r["topic"] == topic]))
    out.append(line("**all**", rows))
    conf = Counter(r.get("confidence") for r in rows)
    out += ["", f"{conf['clear']} `clear` and {conf['arguable']} `arguable` rows; "
            f"{len({(r['file'], r['speaker']) for r in rows})} (file, speaker) pairs; "
            f"{len({r['speaker'] for r in rows})} distinct speakers; "
            f"{sum(len(f['distractors']) for f in files)} distractors.", ""]
    out += ["| format | docs | gold rows | containers |", "|---|---|---|---|"]
    rows_per_file = Counter(r["file"] for r in rows)
    for fmt in FORMATS:
        fs = [f for f in files if f["format"] == fmt]
        containers = ", ".join(f"{c} {n}" for c, n in sorted(Counter(f["container"] for f in fs).items()))
        out.append(f"| `{fmt}` | {len(fs)} | {sum(rows_per_file[f['file']] for f in fs)} | {containers} |")
    out += ["", "| file | format | rows | speakers in gold | distractors |", "|---|---|---|---|---|"]
    for f in sorted(files, key=lambda f: (FORMATS.index(f["format"]), f["file"])):
        who = ", ".join(f["speakers"]) or "—"
        distr = ", ".join(f["distractors"]) or "—"
        out.append(f"| `{f['file']}` | {f['format']} | {rows_per_file[f['file']]} | {who} | {distr} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "gold.jsonl").is_file():
        sys.exit("usage: python tests/gold_holdout_counts.py tests/gold-holdoutN  (a folder with gold.jsonl and files.json)")
    print(tables(*load(Path(sys.argv[1]))), end="")
