"""Rule: signature blocks: "(Signed) Name" (or "(Signed)" with the name on the next line), then title lines."""

from __future__ import annotations

import functools
import itertools
import re

from unga_docs.assemble.kinds import LineKind
from unga_docs.assemble.layout import ENDS_OPEN, ENDS_SENTENCE, STARTS_LOWER, ends
from unga_docs.assemble.rules import furniture, paragraph
from unga_docs.assemble.state import Signing, State
from unga_docs.blocks import Line
from unga_docs.errors import DiagnosticKind
from unga_docs.grammar import ENGLISH, Lexicon
from unga_docs.grammar.languages import SIGNATURE_TITLE_ABOVE
from unga_docs.model import Signature

__all__ = ["FIRST", "TITLE_JOINERS", "TITLE_STARTS", "is_bare_name", "matches", "read", "read_title", "split_titles"]

_SIGNED = re.compile(rf"^{ENGLISH.signed.pattern}\s*", re.IGNORECASE)
_SIGNED_ANYWHERE = ENGLISH.signed


@functools.cache
def _markers(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The signature marker of the document's language ("(Signé)", "(Firmado)", "(Подпись)"), or English's."""
    if lexicon is ENGLISH:
        return _SIGNED, _SIGNED_ANYWHERE
    anywhere = re.compile(f"{lexicon.signed.pattern}|{_SIGNED_ANYWHERE.pattern}", re.IGNORECASE)
    return re.compile(rf"^(?:{anywhere.pattern})\s*", re.IGNORECASE), anywhere


FIRST = frozenset("(")
#: A signatory's bare name: two to six capitalised words (initials may end in "."), no sentence.
_BARE_NAME = ENGLISH.bare_name
#: A bare name is no longer than this.
_MAX_BARE_NAME = 60
#: A title line of a signature block in plain text is no longer than this.
_MAX_TITLE_LINE = 80
#: How a signatory's title starts: such a line after a blank line still belongs to the signature block.
_TITLE_WORD = ENGLISH.signatory_title_line

#: The words and phrases a signatory's title starts with, and the words that join a title word to the title before
#: (the lexicon's: `Lexicon.signatory_titles`, `Lexicon.signatory_joiners`).
TITLE_STARTS: tuple[str, ...] = ENGLISH.signatory_titles
TITLE_JOINERS: tuple[str, ...] = ENGLISH.signatory_joiners
_TITLE_START = ENGLISH.signatory_title
_JOINERS = frozenset(TITLE_JOINERS)


def split_titles(text: str) -> tuple[str, tuple[str, ...]] | None:
    """Split a signature block printed on one line into the name and its titles, or None if it holds no title.

    The titles start at the first title word or phrase (`TITLE_STARTS`) after the name; a new title starts at
    each later one, unless the word before it joins it to the title before ("Deputy", "and", "of" ...).

    Example:
        >>> split_titles("Sergiy Kyslytsya Ambassador Permanent Representative")
        ('Sergiy Kyslytsya', ('Ambassador', 'Permanent Representative'))
        >>> split_titles("Neville Gertze Ambassador and Permanent Representative")
        ('Neville Gertze', ('Ambassador and Permanent Representative',))
        >>> split_titles("Yashar Aliyev") is None
        True
    """
    starts = [m.start() for m in _TITLE_START.finditer(text)]
    if not starts or starts[0] == 0:
        return None
    name = text[: starts[0]].strip()
    if not _BARE_NAME.match(name):
        return None  # what precedes the titles must be shaped like a name
    cuts = [starts[0]]
    for start in starts[1:]:
        before = text[:start].split()
        if before and before[-1] not in _JOINERS:
            cuts.append(start)
    cuts.append(len(text))
    titles = tuple(" ".join(text[a:b].split()) for a, b in itertools.pairwise(cuts))
    return name, titles


def matches(text: str, lexicon: Lexicon = ENGLISH) -> bool:
    """Silent mode: does *text* start a signature block (its marker in *lexicon*'s language or in English)?"""
    return _markers(lexicon)[0].match(text) is not None


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
        # "(Signed)" alone: the name is on the next line, if that line is one; page furniture (a page break
        # between the marker and the name) is set aside on the way.
        j = i + 1
        while j < len(state.lines) and furniture.matches(state.lines[j].text) and not state.lines[j].literal:
            j += 1
        nxt = state.lines[j] if j < len(state.lines) else None
        if nxt is not None and not nxt.literal and not nxt.heading and not nxt.rule and _reads_as_name(state, nxt.text):
            _note_markers(state, line, extra)
            for k in range(i + 1, j):
                furniture.report(state, state.lines[k])
            state.signing = Signing(name=nxt.text, titles=_titles_above(state), line=line)
            state.i = j + 1
            return True
        state.unplaced(line, "'(Signed)' with no name")
        paragraph.read(state, line)
        state.i = i + 1
        return True
    _note_markers(state, line, extra)
    for name in real[:-1]:
        state.add_signature(_one_line(name), line)
    last = _one_line(real[-1])
    above = _titles_above(state) if len(real) == 1 else []
    state.signing = Signing(name=last.name, titles=[*above, *last.titles], line=line)
    state.i = i + 1
    return True


def _titles_above(state: State) -> list[str]:
    """The signatory's title printed above "(Signé)" (French and Spanish): taken from the paragraph before."""
    pattern = SIGNATURE_TITLE_ABOVE.get(state.lexicon.language)
    paras = state.target()
    if pattern is None or not paras or state.escaped_last is paras or not pattern.fullmatch(paras[-1]):
        return []
    return [paras.pop()]


def _title_block(line: Line, signing: Signing) -> bool:
    """A title printed as a block of its own (a converter's blank line between title lines).

    It is short, ends no sentence, and starts with a title word or goes on with the title before in lower case
    ("to the United Nations").
    """
    text = line.text
    return (
        not line.literal
        and len(text) <= _MAX_TITLE_LINE
        and (_TITLE_START.match(text) is not None or (bool(signing.titles) and STARTS_LOWER.match(text) is not None))
        and (not ends(ENDS_SENTENCE, text) or text.endswith("a.i."))
    )


def _one_line(text: str) -> Signature:
    """The signature "(Signed)" names on its line: the name, and the titles printed on the same line, if any."""
    split = split_titles(text)
    return Signature(name=text) if split is None else Signature(name=split[0], titles=split[1])


def _note_markers(state: State, line: Line, count: int) -> None:
    if count > 0:
        state.note(
            DiagnosticKind.NORMALISED,
            line,
            "'(Signed)' with no name of its own",
            " ".join([ENGLISH.signed_word] * count),
        )


def read_title(state: State, line: Line) -> bool:
    """While a signature block is read: take *line* as one of its title lines, if it is one."""
    signing = state.signing
    if signing is None:
        return False
    text = line.text
    if line.heading or (line.block_start and not line.wraps and not _title_block(line, signing)):
        return False
    # Plain text: a title after a blank line still belongs to the block if it reads as a title (its first).
    blank_before = line.block_start and not (not signing.titles and _TITLE_WORD.match(text))
    if not line.literal and state.classify(text) != LineKind.TEXT:
        return False
    if line.wraps:
        # Plain text: title lines are short, unpunctuated and follow without a blank line.
        if blank_before or len(text) > _MAX_TITLE_LINE or (ends(ENDS_SENTENCE, text) and not text.endswith("a.i.")):
            return False
        if signing.titles and (STARTS_LOWER.match(text) or ends(ENDS_OPEN, signing.titles[-1])):
            signing.titles[-1] = f"{signing.titles[-1]} {text}"
        else:
            signing.titles.append(text)
    elif line.block_start and signing.titles and STARTS_LOWER.match(text):
        signing.titles[-1] = f"{signing.titles[-1]} {text}"  # a title's rest, printed as a block of its own
    else:
        signing.titles.append(text)
    state.i += 1
    return True
