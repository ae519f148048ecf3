#!/usr/bin/env python3
"""Compares what contestctl (Linux) and contestctl.exe (Wine) wrote into two folders.

    compare-wine.py [--separate-runs] LINUX_DIR WINDOWS_DIR

--separate-runs: each side made its own demo database; the tie decision's time and OS
user are left out of the JSON comparison, and the award list's heading naming the locked
snapshot's hash (which covers that decision) is left out too.

Each folder holds results.json, certificates.pdf and award-list.xlsx. Checked:
- results.json: the same JSON value (parsed: line ends and key order do not matter);
- certificates.pdf: the same number of pages (pdfinfo) and the same names, page by page
  (pdftotext, the "Ông/Bà:" line of each certificate);
- award-list.xlsx: the same cell values in every sheet (read from the XML inside).
Prints one line per check with its figures; exit status 1 if any differs.
"""
import json
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def pdf_names(path):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [line.split(":", 1)[1].strip() for line in text.splitlines()
            if line.startswith("Ông/Bà:")]


def xlsx_cells(path):
    """{sheet file: [(cell ref, value), ...]} with shared strings resolved."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            root = ET.fromstring(z.read("xl/sharedStrings.xml"))
            for si in root.findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
        sheets = {}
        for name in sorted(n for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml", n)):
            root = ET.fromstring(z.read(name))
            cells = []
            for c in root.iter(f"{{{NS['m']}}}c"):
                v = c.find("m:v", NS)
                value = v.text if v is not None else None
                if c.get("t") == "s" and value is not None:
                    value = shared[int(value)]
                elif c.get("t") == "inlineStr":
                    value = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                cells.append((c.get("r"), value))
            sheets[name] = cells
        return sheets


def drop_run_details(value):
    """Two separate runs (each made its own demo) differ only where the judges' tie
    decision records when and by which OS user it was made: leave those two out."""
    if isinstance(value, dict):
        return {k: drop_run_details(v) for k, v in value.items()
                if k not in ("decided_at", "decided_by")}
    if isinstance(value, list):
        return [drop_run_details(v) for v in value]
    return value


def main():
    args = sys.argv[1:]
    separate = "--separate-runs" in args
    args = [a for a in args if a != "--separate-runs"]
    linux, windows = Path(args[0]), Path(args[1])
    ok = True

    def report(good, text):
        nonlocal ok
        ok = ok and good
        print(("PASS " if good else "FAIL ") + text)

    for f in ("results.json", "certificates.pdf", "award-list.xlsx"):
        if not (windows / f).is_file():
            report(False, f"{windows / f} missing")
            return 1

    a = json.loads((linux / "results.json").read_text(encoding="utf-8"))
    b = json.loads((windows / "results.json").read_text(encoding="utf-8"))
    if separate:
        a, b = drop_run_details(a), drop_run_details(b)
    report(a == b, f"results.json: same JSON = {a == b} ({len(a.get('individual', []))} "
                   f"individual, {len(a.get('collective', []))} collective rows on Linux; "
                   f"{len(b.get('individual', []))} and {len(b.get('collective', []))} under Wine)")

    pa, pb = pdf_pages(linux / "certificates.pdf"), pdf_pages(windows / "certificates.pdf")
    report(pa == pb, f"certificates.pdf: {pa} pages on Linux, {pb} under Wine")
    na, nb = pdf_names(linux / "certificates.pdf"), pdf_names(windows / "certificates.pdf")
    first_diff = next((i for i, (x, y) in enumerate(zip(na, nb)) if x != y), None)
    report(na == nb and len(na) > 0,
           f"certificate names: {len(na)} on Linux, {len(nb)} under Wine, same order = {na == nb}"
           + (f" (first difference at {first_diff}: {na[first_diff]!r} / {nb[first_diff]!r})"
              if first_diff is not None else "")
           + (f"; e.g. {na[0]!r}" if na else ""))

    xa, xb = xlsx_cells(linux / "award-list.xlsx"), xlsx_cells(windows / "award-list.xlsx")
    if separate:  # the locked snapshot's hash, named in a heading, is per run
        def strip(sheets):
            return {k: [(r, v) for r, v in cells if not (v and "SHA-256 " in v)]
                    for k, v2 in [(k, None) for k in sheets] for cells in [sheets[k]]}
        xa, xb = strip(xa), strip(xb)
    ca = sum(len(v) for v in xa.values())
    cb = sum(len(v) for v in xb.values())
    report(xa == xb and ca > 0,
           f"award-list.xlsx: {len(xa)} sheet(s), {ca} cells on Linux, {cb} under Wine, "
           f"same values = {xa == xb}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
