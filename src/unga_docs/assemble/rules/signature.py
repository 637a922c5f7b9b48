"""Rule: signature blocks: "(Signed) Name" (or "(Signed)" with the name on the next line), then title lines."""

from __future__ import annotations

import functools
import re

from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.layout import ENDS_OPEN, ENDS_SENTENCE, STARTS_LOWER, ends
from unga_docs.assemble.rules import paragraph
from unga_docs.assemble.state import Signing, State
from unga_docs.blocks import Line
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar import ENGLISH, Lexicon
from unga_docs.grammar.languages import SIGNATURE_TITLE_ABOVE
from unga_docs.model import Signature

__all__ = ["FIRST", "is_bare_name", "matches", "read", "read_title"]

_SIGNED = re.compile(r"^\(\s*Signed\s*\)\s*", re.IGNORECASE)
_SIGNED_ANYWHERE = re.compile(r"\(\s*Signed\s*\)", re.IGNORECASE)


@functools.cache
def _markers(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The signature marker of the document's language ("(Signé)", "(Firmado)", "(Подпись)"), or English's."""
    if lexicon is ENGLISH:
        return _SIGNED, _SIGNED_ANYWHERE
    anywhere = re.compile(f"{lexicon.signed.pattern}|{_SIGNED_ANYWHERE.pattern}", re.IGNORECASE)
    return re.compile(rf"^(?:{anywhere.pattern})\s*", re.IGNORECASE), anywhere


FIRST = frozenset("(")
_NAME_WORD = (
    r"(?:(?!(?:The|This|That|These|Those|It|In|On|At|For|And|Of|We|Our|My|He|She|They|His|Her)\b)"
    r"[A-ZÀ-ÖØ-Þ](?:\.|[\w'’-]*[^\W\d_])|de|da|di|van|von|der|del|della|dos|al|el|bin|ibn|la|le)"
)
#: A signatory's bare name: two to six capitalised words (initials may end in "."), no sentence.
_BARE_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,5}}$")
#: A bare name is no longer than this.
_MAX_BARE_NAME = 60
#: A title line of a signature block in plain text is no longer than this.
_MAX_TITLE_LINE = 80


def matches(text: str) -> bool:
    """Silent mode: does *text* start a signature block?"""
    return _SIGNED.match(text) is not None


def is_bare_name(text: str) -> bool:
    """Is *text* shaped like a signatory's name printed alone (see `unga_docs.assemble.bare_signature`)?"""
    return len(text) <= _MAX_BARE_NAME and bool(_BARE_NAME.match(text))


def _reads_as_name(state: State, text: str) -> bool:
    """Can a line after a bare "(Signed)" be the signatory's name (plain text, not another marker)?"""
    return state.classify(text) in (LineKind.TEXT, LineKind.MASTHEAD) and not _markers(state.lexicon)[1].search(text)


def read(state: State, line: Line) -> bool:
    """Start a signature block (lines starting "(", not escaped); names before the last sign at once."""
    signed, anywhere = _markers(state.lexicon)
    if not signed.match(line.text):
        return False
    state.flush()
    i = state.i
    names = [p.strip() for p in anywhere.split(line.text)[1:]]
    real = [n for n in names if n]
    # Every "(Signed)" beyond one per name is reported (a name-less marker still signs with the next line).
    extra = len(names) - max(len(real), 1)
    if not real:
        # "(Signed)" alone: the name is on the next line, if that line is one.
        nxt = state.lines[i + 1] if i + 1 < len(state.lines) else None
        if nxt is not None and not nxt.literal and not nxt.heading and not nxt.rule and _reads_as_name(state, nxt.text):
            _note_markers(state, line, extra)
            state.signing = Signing(name=nxt.text, titles=_titles_above(state))
            state.i = i + 2
            return True
        state.unplaced(line, "'(Signed)' with no name")
        paragraph.read(state, line)
        state.i = i + 1
        return True
    _note_markers(state, line, extra)
    for name in real[:-1]:
        state.add_signature(Signature(name=name))
    state.signing = Signing(name=real[-1], titles=_titles_above(state) if len(real) == 1 else [])
    state.i = i + 1
    return True


def _titles_above(state: State) -> list[str]:
    """The signatory's title printed above "(Signé)" (French and Spanish): taken from the paragraph before."""
    pattern = SIGNATURE_TITLE_ABOVE.get(state.lexicon.language)
    paras = state.target()
    if pattern is None or not paras or not pattern.fullmatch(paras[-1]):
        return []
    return [paras.pop()]


def _note_markers(state: State, line: Line, count: int) -> None:
    if count > 0:
        state.note(
            DiagnosticKind.NORMALISED, line, "'(Signed)' with no name of its own", " ".join(["(Signed)"] * count)
        )


def read_title(state: State, line: Line) -> bool:
    """While a signature block is read: take *line* as one of its title lines, if it is one."""
    signing = state.signing
    if signing is None:
        return False
    text = line.text
    if line.heading or (line.block_start and not line.wraps):
        return False
    if not line.literal and state.classify(text) != LineKind.TEXT:
        return False
    if line.wraps:
        # Plain text: title lines are short, unpunctuated and follow without a blank line.
        if line.block_start or len(text) > _MAX_TITLE_LINE or (ends(ENDS_SENTENCE, text) and not text.endswith("a.i.")):
            return False
        if signing.titles and (STARTS_LOWER.match(text) or ends(ENDS_OPEN, signing.titles[-1])):
            signing.titles[-1] = f"{signing.titles[-1]} {text}"
        else:
            signing.titles.append(text)
    else:
        signing.titles.append(text)
    state.i += 1
    return True
