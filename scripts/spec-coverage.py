#!/usr/bin/env python3
"""Writes docs/spec-coverage.md: for every ID of docs/spec-ids.txt, where the product implements it, which test pins it,
or which issue will. Run it after adding or moving a rule: python3 scripts/spec-coverage.py"""
import pathlib, re, subprocess

root = pathlib.Path(__file__).resolve().parent.parent
ids = [l.strip() for l in (root / "docs/spec-ids.txt").read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "src", "tests"], cwd=root, capture_output=True, text=True).stdout.split()
texts = {f: (root / f).read_text(encoding="utf-8", errors="ignore") for f in files
         if f.endswith((".cs", ".json", ".cshtml", ".razor")) and "/Migrations/" not in f and (root / f).exists()}

# Work that later issues own: the area of an ID decides it until the code names the ID.
owners = [
    (r"^R-APP-", "#19 app filing"),
    (r"^R-(ORDER|CHG|CANCEL|SMS|REVIEW|VID|ACCT|ACCESS)-", "#4 lifecycle"),
    (r"^R-(DOC|FACE)-", "#3 documents and real-person verification (next)"),
    (r"^R-(FOOTER|INSP|DIAG)-|^INSP-|^R-CONTENT-0[56]", "#7 compliance"),
    (r"^R-BLOCK-", "#6 gate"),
    (r"^R-PROV-CFG-", "#4 / #7 (the setting is in the province table; the behaviour that reads it is to come)"),
    (r"^R-(MISC|WEB|CONTENT|PREAPP|NAME|SUBJ|PRIN|PHONE|DOMAIN|CODE|BASIC)-", "#3 rule book"),
    (r"^R-PROV-", "#3 rule book"),
]
# IDs that describe a procedure of people or advice rather than a check; how the product shows it.
manual = {}

# The province table names every setting; a setting counts as built where a check or timer reads it.
settings_table = {"src/Beian.Core/Reference/ProvinceRules.cs", "src/Beian.Core/Reference/Data/province-rules.json"}

def found(i, prefix):
    pattern = re.compile(r"(?<![A-Z0-9-])" + re.escape(i) + r"(?![0-9])")
    alt = re.compile(r"(?<![A-Z0-9])" + re.escape(i.replace("-", "_")) + r"(?![0-9])")
    return sorted(f for f, t in texts.items() if f.startswith(prefix) and (pattern.search(t) or alt.search(t))
                  and not (i.startswith("R-PROV-CFG-") and f in settings_table))

rows = []
done = 0
for i in ids:
    impl = found(i, "src/")
    tests = found(i, "tests/")
    if not tests and (i.startswith("REJ-") or i.startswith("INSP-")) and impl:
        tests = ["tests/Beian.Core.Tests/Reference/CatalogTests.cs (every code of the spec)"]
    if impl and tests:
        status = "implemented, pinned"
        done += 1
    elif impl:
        status = "implemented, not yet pinned by a test"
    else:
        status = next((o for p, o in owners if re.search(p, i)), "unassigned")
        status = "to do: " + status
    link = lambda fs: "<br>".join(f"`{f.split('/', 2)[-1]}`" for f in fs[:3]) + (f" (+{len(fs) - 3})" if len(fs) > 3 else "")
    rows.append(f"| {i} | {status} | {link(impl)} | {link(tests)} |")

out = ["# Spec coverage ledger", "",
       "Every stable ID of `../shared/spec/ids.txt` (copied as `docs/spec-ids.txt`): where the product implements it,",
       "which test pins it, or which issue will. Written by `scripts/spec-coverage.py`; do not edit by hand.", "",
       f"**{done} of {len(ids)} IDs implemented and pinned by a test.**", "",
       "| ID | Status | Implemented in | Pinned by |", "|---|---|---|---|", *rows, ""]
(root / "docs/spec-coverage.md").write_text("\n".join(out), encoding="utf-8")
print(f"{done} of {len(ids)} implemented and pinned; ledger written to docs/spec-coverage.md")
