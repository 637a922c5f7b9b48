"""Files in the encodings UN documents come in: UTF-8, UTF-16 by its mark, cp1252 said aloud, never mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import unga_docs as ud
from unga_docs.encodings import decode

SAMPLE = ud.samples.load("letter-2023-01-20-azerbaijan")
TEXT = SAMPLE.replace("Azerbaijan", "Côte d’Ivoire")  # a letter with characters outside ASCII


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_files_read_without_a_word(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "letter.md"
    path.write_bytes(TEXT.encode(codec))
    doc = ud.read(path)
    assert doc == ud.parse(TEXT)
    assert not [d for d in doc.diagnostics if "UTF-8" in d.message]


def test_cp1252_is_read_and_said(tmp_path: Path) -> None:
    path = tmp_path / "letter.md"
    path.write_bytes(TEXT.replace("’", "'").encode("cp1252"))
    doc = ud.read(path)
    assert doc == ud.parse(TEXT.replace("’", "'"))
    assert doc.diagnostics[0].kind is ud.DiagnosticKind.NORMALISED
    assert "cp1252" in doc.diagnostics[0].message


def test_a_named_encoding_is_used_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes("Distr.: General\nOriginal: Français\n".encode("latin-1"))
    doc = ud.read(path, encoding="latin-1")
    assert not doc.diagnostics or all("cp1252" not in d.message for d in doc.diagnostics)
    with pytest.raises(ud.UngaDocsError, match="unknown encoding"):
        ud.read(path, encoding="no-such-codec")
    with pytest.raises(ud.UngaDocsError, match=r"letter.txt: not utf-8 text"):
        ud.read(path, encoding="utf-8")


def test_binary_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    with pytest.raises(ud.UngaDocsError, match="not text"):
        ud.read(path)


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-32")
    except UnicodeDecodeError:
        return False
    return True


@given(st.text())
@example("\x000")  # UTF-16: the mark and a NUL start like the UTF-32 mark, but do not decode as UTF-32
def test_decode_reads_back_what_each_unicode_codec_wrote(text: str) -> None:
    for codec in ("utf-8", "utf-16", "utf-32", "utf-8-sig"):
        if codec == "utf-16" and text.startswith("\x00") and _decodes(("\ufeff" + text).encode("utf-16-le")):
            continue  # the mark and a NUL are the UTF-32 mark, and the rest decodes as UTF-32 too: truly ambiguous
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:  # lone surrogates
            return
        decoded = decode(data)
        assert decoded.text == (text if codec != "utf-8" or not text.startswith("\ufeff") else text[1:])
        assert not decoded.fallback
