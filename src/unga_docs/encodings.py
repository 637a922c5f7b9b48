"""Bytes to text: the encoding a file declares by its byte-order mark, UTF-8, or a named fallback.

Files of UN documents come as UTF-8 (most), UTF-16 with a byte-order mark (Windows tools, some web archives) and
Windows-1252 (older web copies and Word exports). `decode` never guesses silently: without an encoding named by
the caller it reads a byte-order mark, then UTF-8, and only then falls back to cp1252, saying so, so that the
reader can report it.
"""

from __future__ import annotations

import codecs

import attrs

from unga_docs.errors import UngaDocsError

__all__ = ["FALLBACK", "Decoded", "decode"]

#: The encoding tried when a file has no byte-order mark and is not UTF-8.
FALLBACK = "cp1252"

# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@attrs.frozen(kw_only=True)
class Decoded:
    """Text decoded from bytes, and how.

    Attributes:
        text: the text.
        encoding: the codec that decoded it ("utf-8", "utf-16", "cp1252" ...).
        fallback: True when the bytes were not UTF-8 and no encoding was named: the text was read as `FALLBACK`.
    """

    text: str
    encoding: str
    fallback: bool = False


def decode(data: bytes, encoding: str | None = None, *, name: str = "<bytes>") -> Decoded:
    """Decode the bytes of a document.

    Args:
        data: the bytes.
        encoding: a codec name to use as it is (no byte-order mark check, no fallback); None: a byte-order mark
            (UTF-8, UTF-16, UTF-32), else UTF-8, else `FALLBACK` (cp1252).
        name: what to call the source in error messages (a file name).

    Raises:
        UngaDocsError: the codec is unknown, or the bytes are not text in it (the message names the byte).

    Example:
        >>> decode("Ó".encode("cp1252")), decode("Ó".encode("utf-16")).encoding
        (Decoded(text='Ó', encoding='cp1252', fallback=True), 'utf-16')
    """
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UngaDocsError(f"{name}: unknown encoding {encoding!r}") from None
        return Decoded(text=_strict(data, encoding, name), encoding=encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-32":
                # A UTF-16 little-endian mark followed by a NUL character starts like the UTF-32 mark: UTF-32 when it
                # decodes as UTF-32, else the next mark.
                try:
                    return Decoded(text=data.decode(codec), encoding=codec)
                except UnicodeDecodeError:
                    continue
            return Decoded(text=_strict(data, codec, name), encoding=codec)
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError as e:
        if b"\x00" in data:  # not UTF-16 with a mark, not UTF-8: binary, not a legacy text encoding
            raise UngaDocsError(f"{name}: not text (a NUL byte, and {e.reason} at byte {e.start} in UTF-8)") from None
    return Decoded(text=_strict(data, FALLBACK, name), encoding=FALLBACK, fallback=True)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise UngaDocsError(f"{name}: not {codec} text ({e.reason} at byte {e.start})") from None
