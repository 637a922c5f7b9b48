r"""An atheris fuzz target: every reader keeps the laws on whatever libFuzzer makes up.

The laws are those of tests/test_hostile.py, checked by the same functions:

* lenient reading (`from_markdown`, `from_text`, `parse`) gives a Document that keeps every word of the input
  (in the model or in a diagnostic);
* strict reading gives a Document, or a ParseError pointing at a real line of the input and quoting it;
* `from_json` gives a Document or a DataError.

The first byte chooses the law, the rest is the input (UTF-8 for JSON, any code point for the text readers).

Run it (the ``fuzz`` extra installs atheris)::

    .venv/bin/python tests/fuzz/fuzz_parse.py build/fuzz/corpus -artifact_prefix=build/fuzz/ -max_len=8192 \
        -max_total_time=600

An empty corpus folder is first seeded with the reference document and the corpus files. A finding is written to
``build/fuzz/crash-*``; replay one with ``.venv/bin/python tests/fuzz/fuzz_parse.py build/fuzz/crash-...``.

libFuzzer stops at the first finding. To survey a long run instead, set ``UNGA_DOCS_FUZZ_LOG`` to a folder: each
broken law is then written there (``finding-<sha1>``: the input; ``.txt``: what broke), once per kind of message,
and the run goes on.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import sys
import traceback
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where the laws are written

with atheris.instrument_imports():  # the modules themselves: `import unga_docs` alone loads nothing (lazy)
    import unga_docs as ud
    import unga_docs.api
    import unga_docs.assemble
    import unga_docs.formats.json
    import unga_docs.formats.markdown
    import unga_docs.formats.text
    import unga_docs.grammar
    import unga_docs.model
    import unga_docs.symbols

laws = importlib.import_module("test_hostile")  # the laws, as the property tests check them

#: First byte (modulo 4) -> what the rest of the input is fed to.
TARGETS = ("markdown", "text", "parse", "json")


_LOG = os.environ.get("UNGA_DOCS_FUZZ_LOG")
_SEEN: set[str] = set()
_MAX_FINDINGS = 500


def _kind(error: BaseException) -> str:
    """What kind of finding an error is: its type and message without the reader, numbers and quoted text.

    A lost word is its own kind: words lost are the message.
    """
    message = re.sub(r"^\w+: ", "", str(error).splitlines()[0] if str(error) else "")
    if "words lost" not in message:
        message = re.sub(r"'[^']*'|\"[^\"]*\"", "'_'", message)
    return f"{type(error).__name__}: {re.sub(r'[0-9]+', '0', message)[:160]}"


def test_one_input(data: bytes) -> None:
    """Check the laws on one input; with UNGA_DOCS_FUZZ_LOG, write a finding down and go on."""
    if _LOG is None:
        _check(data)
        return
    try:
        _check(data)
    except Exception as error:
        kind = _kind(error)
        if kind in _SEEN or len(_SEEN) >= _MAX_FINDINGS:
            return
        _SEEN.add(kind)
        folder = Path(_LOG)
        folder.mkdir(parents=True, exist_ok=True)
        name = f"finding-{hashlib.sha1(data).hexdigest()}"
        (folder / name).write_bytes(data)
        (folder / f"{name}.txt").write_text(f"{kind}\n\n{traceback.format_exc()}", encoding="utf-8")


def _check(data: bytes) -> None:
    if not data:
        return
    target = TARGETS[data[0] % len(TARGETS)]
    if target == "json":
        try:
            doc = ud.from_json(data[1:])
        except ud.DataError:
            return
        assert isinstance(doc, ud.Document)
        return
    text = atheris.FuzzedDataProvider(data[1:]).ConsumeUnicode(len(data))
    laws.assert_lenient(target, text)
    laws.assert_strict(target, text)


def seed(folder: Path) -> None:
    """Create a corpus folder that does not exist yet, and fill an empty one with the real documents."""
    if not folder.exists():
        folder.mkdir(parents=True)
    if not folder.is_dir() or any(folder.iterdir()):
        return
    for name, text in laws.SOURCES:
        stem = Path(name).stem
        for index, target in enumerate(TARGETS):
            if target == "json":
                (folder / f"{stem}.json").write_bytes(bytes([index]) + ud.to_json(ud.parse(text)).encode())
                continue
            # The first byte ConsumeUnicode reads picks the width of characters: odd is ASCII (each byte's low
            # seven bits), 2 is UTF-16 (little-endian).
            (folder / f"{stem}.{target}.ascii").write_bytes(bytes([index, 1]) + text.encode("utf-8"))
            (folder / f"{stem}.{target}.utf16").write_bytes(bytes([index, 2]) + text.encode("utf-16-le"))


def main() -> None:
    """Run libFuzzer on `test_one_input` with the command line's options and corpus folders."""
    for arg in sys.argv[1:]:
        if not arg.startswith("-"):
            seed(Path(arg))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
