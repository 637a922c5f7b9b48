"""The errors unga_docs raises, and the diagnostics lenient parsing reports."""

from __future__ import annotations

import enum

import attrs

__all__ = ["DataError", "Diagnostic", "DiagnosticKind", "ParseError", "UngaDocsError", "ValidationError"]


class UngaDocsError(Exception):
    """Base class of every error unga_docs raises on bad input.

    Example:
        >>> import unga_docs as ud
        >>> try:
        ...     ud.from_json("{}")
        ... except ud.UngaDocsError as e:
        ...     print(type(e).__name__)
        DataError
    """


class ParseError(UngaDocsError, ValueError):
    """Text could not be read as what it was meant to be.

    A `ValueError` too, so ``except ValueError`` keeps working. The message starts with the place:
    ``line 3, column 1: ...``.

    Attributes:
        line: 1-based line of the input where the problem is.
        column: 1-based column in that line.
        text: the text of that line (or the string that was being parsed).
        reason: the message without the place.

    Example:
        >>> e = ParseError("not a date", line=2, column=5, text="Dated 32 January")
        >>> str(e)
        'line 2, column 5: not a date'
    """

    def __init__(self, reason: str, *, line: int = 1, column: int = 1, text: str = "") -> None:
        """Build the error from its reason and place."""
        super().__init__(f"line {line}, column {column}: {reason}")
        self.reason = reason
        self.line = line
        self.column = column
        self.text = text

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the keyword-only fields (errors cross process boundaries in corpus runs)."""
        return (_rebuild_parse_error, (self.reason, self.line, self.column, self.text))


def _rebuild_parse_error(reason: str, line: int, column: int, text: str) -> ParseError:
    return ParseError(reason, line=line, column=column, text=text)


class DataError(UngaDocsError, ValueError):
    """A dict or JSON value is not a valid serialised document.

    Attributes:
        path: where in the data the problem is, e.g. ``letter.signatures[0].name`` ("" for the top).
        reason: what is wrong there.

    Example:
        >>> str(DataError("expected a string", path="letter.title"))
        'letter.title: expected a string'
    """

    def __init__(self, reason: str, *, path: str = "") -> None:
        """Build the error from its reason and the path into the data."""
        super().__init__(f"{path}: {reason}" if path else reason)
        self.reason = reason
        self.path = path

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the keyword-only path."""
        return (_rebuild_data_error, (self.reason, self.path))


def _rebuild_data_error(reason: str, path: str) -> DataError:
    return DataError(reason, path=path)


class ValidationError(UngaDocsError, ValueError):
    """A model class was given an impossible value; the message names the class and the field.

    A `ValueError` too, as attrs validators' errors usually are.

    Attributes:
        owner: the class, e.g. ``"Signature"``.
        field: the field, e.g. ``"name"`` (with an index for an item of a tuple: ``"paragraphs[2]"``).

    Example:
        >>> import unga_docs as ud
        >>> try:
        ...     ud.Signature(name="")
        ... except ud.ValidationError as e:
        ...     print(e.field, "-", e)
        name - Signature.name must not be empty: ''
    """

    def __init__(self, message: str, *, owner: str, field: str) -> None:
        """Build the error; *message* already names the field."""
        super().__init__(message)
        self.owner = owner
        self.field = field

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the keyword-only fields."""
        return (_rebuild_validation_error, (str(self), self.owner, self.field))


def _rebuild_validation_error(message: str, owner: str, field: str) -> ValidationError:
    return ValidationError(message, owner=owner, field=field)


class DiagnosticKind(enum.Enum):
    """What a diagnostic reports.

    Example:
        >>> DiagnosticKind("furniture")
        <DiagnosticKind.FURNITURE: 'furniture'>
    """

    #: Page furniture (job number, running header, page number ...) left out of the content.
    FURNITURE = "furniture"
    #: Text that could not be placed where it belongs and was kept as a paragraph.
    UNPLACED = "unplaced"
    #: Text that was read, but whose printed form the model does not keep (e.g. "Items ... of the preliminary list").
    NORMALISED = "normalised"
    #: Text outside the document itself (a web page's navigation, a site title).
    OUTSIDE = "outside"
    #: Text placed where it stands that looks like something else (masthead fields or page furniture in a
    #: paragraph): the reading may be wrong there.
    DOUBT = "doubt"


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something lenient parsing noticed about the source, with its place.

    Diagnostics describe the source, not the document: they travel with a `Document` but never take part in
    its equality, its JSON or its schema.

    Attributes:
        kind: what happened.
        line: 1-based line in the source.
        text: the source text concerned.
        message: a sentence for people.

    Example:
        >>> Diagnostic(kind=DiagnosticKind.FURNITURE, line=40, text="23-01234 (E)", message="job number")
        Diagnostic(kind=<DiagnosticKind.FURNITURE: 'furniture'>, line=40, text='23-01234 (E)', message='job number')
    """

    kind: DiagnosticKind = attrs.field(validator=attrs.validators.instance_of(DiagnosticKind))
    line: int = attrs.field(validator=attrs.validators.instance_of(int))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    message: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
