r"""An atheris fuzz target for the PDF reader: any bytes give a Document or a clean UngaDocsError.

libFuzzer mutates real UN PDFs (the corpus folder is seeded with those of ``$UNGA_DOCS_CORPUS/pdf``); each input
goes to `unga_docs.from_pdf` as bytes. The law, as ``tests/test_pdf.py::test_mutated_pdf_bytes`` checks it on a few
dozen mutations: a Document whose every paragraph is text, or an `UngaDocsError` (a damaged, encrypted or image-only
PDF) — never another exception, a crash of PDFium, or a hang (libFuzzer's ``-timeout`` catches those).

Run it (the ``fuzz`` and ``pdf`` extras)::

    .venv/bin/python tests/fuzz/fuzz_pdf.py build/fuzz-pdf/corpus -artifact_prefix=build/fuzz-pdf/ \
        -max_len=400000 -timeout=20 -max_total_time=600

A finding is written to ``build/fuzz-pdf/crash-*`` (or ``timeout-*``); replay it by passing that file instead of the
folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():  # the modules themselves: `import unga_docs` alone loads nothing (lazy)
    import unga_docs as ud
    import unga_docs.assemble
    import unga_docs.formats.pdf
    import unga_docs.grammar
    import unga_docs.model
    import unga_docs.symbols

_CORPUS = Path(os.environ.get("UNGA_DOCS_CORPUS", Path(__file__).resolve().parents[3] / "shared" / "corpus"))


def test_one_input(data: bytes) -> None:
    """The law on one input."""
    try:
        doc = ud.from_pdf(data)
    except ud.UngaDocsError:
        return
    assert isinstance(doc, ud.Document)
    assert all(isinstance(p, str) and p for p in doc.paragraphs)


def seed(folder: Path) -> None:
    """Create a corpus folder that does not exist yet, and fill an empty one with the real PDFs."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    for pdf in sorted(_CORPUS.glob("pdf/*/source.pdf")):
        (folder / f"{pdf.parent.name}.pdf").write_bytes(pdf.read_bytes())


def main() -> None:
    """Run libFuzzer on `test_one_input` with the command line's options and corpus folders."""
    for arg in sys.argv[1:]:
        if not arg.startswith("-") and not Path(arg).is_file():
            seed(Path(arg))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
