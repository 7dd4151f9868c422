#!/usr/bin/env python3
"""Writes docs/spec-coverage.md: for every ID of docs/spec-ids.txt, whether behaviour implements it (and which test
pins it), whether it is advice shown as guidance (docs/spec-advice.tsv, with the reason), or which issue plans it.
Run it after adding or moving a rule: python3 scripts/spec-coverage.py

An ID counts as implemented only where behaviour names it: its occurrences in the guidance catalog (advice texts shown
to applicants and reviewers) and in the spec's quoted messages do not count, nor does the guidance catalog's test count
as pinning. An ID that lives only in guidance text is advice, listed in docs/spec-advice.tsv with the reason.
Exit status: 0 when the ledger is consistent; 1 when an advice line is stale (the ID now has behaviour); 2 when
docs/spec-advice.tsv is malformed or names an ID that is not in the guidance catalog (the ledger is then not written)."""
import json, pathlib, re, subprocess, sys

root = pathlib.Path(__file__).resolve().parent.parent
ids = [l.strip() for l in (root / "docs/spec-ids.txt").read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "src", "tests"], cwd=root, capture_output=True, text=True).stdout.split()
texts = {f: (root / f).read_text(encoding="utf-8", errors="ignore") for f in files
         if f.endswith((".cs", ".json", ".cshtml", ".razor")) and "/Migrations/" not in f and (root / f).exists()}

# Text, not behaviour: an ID named here is shown or quoted, not implemented.
guidance_data = "src/Beian.Core/Reference/Data/guidance.json"
not_behaviour = {
    guidance_data,                                  # the advice texts, by rule ID
    "src/Beian.Core/Filings/Guidance.cs",           # loads guidance.json and picks the entries of a step
    "src/Beian.Core/Reference/Data/spec-messages.json",  # the spec's messages quoted verbatim (SpecMessagesTests leaves it out too)
}
# Tests that only check that advice is shown at its step: they pin the guidance, not behaviour.
not_pinning = {"tests/Beian.Core.Tests/Reference/GuidanceCatalogTests.cs"}

# The province table names every setting; a setting counts as built where a check or timer reads it.
settings_table = {"src/Beian.Core/Reference/ProvinceRules.cs", "src/Beian.Core/Reference/Data/province-rules.json"}

# Work under way: IDs being built now, by issue. Everything else not implemented and not advice is unassigned.
planned = {i: "#24 account side" for i in [
    "R-ACCT-02", "R-ACCT-04", "R-ACCT-05", "R-ACCT-06", "R-ACCT-08", "R-DOC-13", "R-DOC-15", "R-DOC-16", "R-DOC-18",
    "R-REVIEW-06", "R-MISC-04"]}

errors, warnings = [], []

# IDs that are advice rather than behaviour, with the reason (the spec states a fact or a reviewer's judgement).
advice = {}
for n, line in enumerate((root / "docs/spec-advice.tsv").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip() or line.startswith("#"):
        continue
    parts = line.split("\t")
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        errors.append(f"docs/spec-advice.tsv:{n}: expected ID<TAB>reason")
        continue
    i, reason = parts[0].strip(), parts[1].strip()
    if i not in ids:
        errors.append(f"docs/spec-advice.tsv:{n}: {i} is not an ID of docs/spec-ids.txt")
    elif i in advice:
        errors.append(f"docs/spec-advice.tsv:{n}: {i} is listed twice")
    elif i in planned:
        errors.append(f"docs/spec-advice.tsv:{n}: {i} is being built ({planned[i]}); it is not advice")
    elif "|" in reason:
        errors.append(f"docs/spec-advice.tsv:{n}: the reason of {i} contains '|', which would break the table")
    else:
        advice[i] = reason

in_guidance = {e["rule"] for e in json.loads(texts[guidance_data])["entries"]}
errors += [f"docs/spec-advice.tsv: {i} is listed as advice but {guidance_data} has no entry for it" for i in advice if i not in in_guidance]
if errors:
    print("\n".join("error: " + e for e in errors), file=sys.stderr)
    sys.exit(2)


def found(i, prefix, excluded):
    pattern = re.compile(r"(?<![A-Z0-9-])" + re.escape(i) + r"(?![0-9])")
    alt = re.compile(r"(?<![A-Z0-9])" + re.escape(i.replace("-", "_")) + r"(?![0-9])")
    return sorted(f for f, t in texts.items() if f.startswith(prefix) and f not in excluded and (pattern.search(t) or alt.search(t))
                  and not (i.startswith("R-PROV-CFG-") and f in settings_table))


rows = []
counts = {"pinned": 0, "unpinned": 0, "advice": 0, "planned": 0}
unassigned = []
for i in ids:
    impl = found(i, "src/", not_behaviour)
    tests = found(i, "tests/", not_pinning)
    if not tests and (i.startswith("REJ-") or i.startswith("INSP-")) and impl:
        tests = ["tests/Beian.Core.Tests/Reference/CatalogTests.cs (every code of the spec)"]
    if impl and i in advice:
        warnings.append(f"{i} is listed in docs/spec-advice.tsv but behaviour names it ({', '.join(impl)}): it is implemented; remove the stale advice line")
    if impl and tests:
        status, key = "implemented, pinned", "pinned"
    elif impl:
        status, key = "implemented, not yet pinned by a test", "unpinned"
    elif i in advice:
        status, key = f"advice: {advice[i]} (shown as guidance)", "advice"
        tests = []
    else:
        status, key = "planned: " + planned.get(i, "unassigned"), "planned"
        if i not in planned:
            unassigned.append(i)
    counts[key] += 1
    link = lambda fs: "<br>".join(f"`{f.split('/', 2)[-1]}`" for f in fs[:3]) + (f" (+{len(fs) - 3})" if len(fs) > 3 else "")
    rows.append(f"| {i} | {status} | {link(impl)} | {link(tests)} |")

summary = (f"{counts['pinned']} implemented and pinned, {counts['unpinned']} implemented but not yet pinned by a test, "
           f"{counts['advice']} advice, {counts['planned']} planned, out of {len(ids)} IDs")
out = ["# Spec coverage ledger", "",
       "Every stable ID of `../shared/spec/ids.txt` (copied as `docs/spec-ids.txt`): where behaviour implements it and which",
       "test pins it; or that it is advice, with the reason (listed in `docs/spec-advice.tsv`: the spec states a fact or a",
       "reviewer's judgement, and the product shows it as guidance); or which issue plans it. An ID named only in the guidance",
       "catalog (`Reference/Data/guidance.json`) or in the spec's quoted messages does not count as implemented, and the",
       "guidance catalog's test does not count as pinning. Written by `scripts/spec-coverage.py`; do not edit by hand.", "",
       f"**{summary}.**", "",
       "| ID | Status | Implemented in | Pinned by |", "|---|---|---|---|", *rows, ""]
(root / "docs/spec-coverage.md").write_text("\n".join(out), encoding="utf-8")
print(f"{summary}; ledger written to docs/spec-coverage.md")
if unassigned:
    print(f"planned but unassigned ({len(unassigned)}): {', '.join(unassigned)}")
for w in warnings:
    print("warning: " + w, file=sys.stderr)
sys.exit(1 if warnings else 0)
