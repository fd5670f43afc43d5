"""Print the count tables of tests/gold/README.md from gold.jsonl and files.json.

Run `python tests/gold/counts.py` after editing the gold set and paste the output into the
README; tests/test_gold_set.py fails when the README's tables are out of date.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STANCES = ("support", "oppose", "mixed", "neutral")
FORMATS = ("qa", "news", "speech", "press_release", "synthesis", "negative")


def load(here: Path = HERE) -> tuple[list[dict], list[dict]]:
    rows = [json.loads(line) for line in (here / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    files = json.loads((here / "files.json").read_text(encoding="utf-8"))
    return rows, files


def tables(rows: list[dict], files: list[dict]) -> str:
    split_of = {f["file"]: f["split"] for f in files}
    out = ["| topic | docs | rows | support | oppose | mixed | neutral | dev | test |",
           "|---|---|---|---|---|---|---|---|---|"]
    for topic in sorted({r["topic"] for r in rows}):
        sub = [r for r in rows if r["topic"] == topic]
        st = Counter(r["stance"] for r in sub)
        sp = Counter(split_of[r["file"]] for r in sub)
        out.append(f"| `{topic}` | {len({r['file'] for r in sub})} | {len(sub)} | "
                   + " | ".join(str(st[s]) for s in STANCES) + f" | {sp['dev']} | {sp['test']} |")
    st = Counter(r["stance"] for r in rows)
    sp = Counter(split_of[r["file"]] for r in rows)
    out.append(f"| **all** | {len({r['file'] for r in rows})} | {len(rows)} | "
               + " | ".join(str(st[s]) for s in STANCES) + f" | {sp['dev']} | {sp['test']} |")
    conf = Counter(r.get("confidence") for r in rows)
    out += ["", f"{conf['clear']} `clear` and {conf['arguable']} `arguable` rows; "
            f"{len({(r['file'], r['speaker']) for r in rows})} (file, speaker) pairs; "
            f"{len({r['speaker'] for r in rows})} distinct speakers.", ""]
    out += ["| format | docs (dev/test) | gold rows (dev/test) | containers |", "|---|---|---|---|"]
    rows_per_file = Counter(r["file"] for r in rows)
    for fmt in FORMATS:
        fs = [f for f in files if f["format"] == fmt]
        d = [f for f in fs if f["split"] == "dev"]
        t = [f for f in fs if f["split"] == "test"]
        rd = sum(rows_per_file[f["file"]] for f in d)
        rt = sum(rows_per_file[f["file"]] for f in t)
        containers = ", ".join(f"{c} {n}" for c, n in sorted(Counter(f["container"] for f in fs).items()))
        out.append(f"| `{fmt}` | {len(fs)} ({len(d)}/{len(t)}) | {rd + rt} ({rd}/{rt}) | {containers} |")
    out += ["", "| file | format | split | rows | speakers in gold |", "|---|---|---|---|---|"]
    for f in sorted(files, key=lambda f: (f["split"], f["format"], f["file"])):
        who = ", ".join(f["speakers"]) or "—"
        out.append(f"| `{f['file']}` | {f['format']} | {f['split']} | {rows_per_file[f['file']]} | {who} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(tables(*load()), end="")
