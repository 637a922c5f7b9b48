"""The closed sets of the model: organs, distribution, languages, letter and session kinds.

They live below the grammar (which needs them) and are re-exported by `unga_docs.model` and `unga_docs`.
Each value is the text as printed in documents.
"""

from __future__ import annotations

import enum

__all__ = ["Distribution", "Language", "LetterKind", "Organ", "SessionKind"]


class Organ(enum.Enum):
    """A principal organ that issues documents.

    Example:
        >>> Organ("General Assembly")
        <Organ.GENERAL_ASSEMBLY: 'General Assembly'>
    """

    GENERAL_ASSEMBLY = "General Assembly"
    SECURITY_COUNCIL = "Security Council"
    ECONOMIC_AND_SOCIAL_COUNCIL = "Economic and Social Council"


class Distribution(enum.Enum):
    """The distribution printed in the masthead ("Distr.: General").

    Example:
        >>> Distribution("General").value
        'General'
    """

    GENERAL = "General"
    LIMITED = "Limited"
    RESTRICTED = "Restricted"


class Language(enum.Enum):
    """An official language of the United Nations ("Original: English").

    Example:
        >>> Language("French")
        <Language.FRENCH: 'French'>
    """

    ARABIC = "Arabic"
    CHINESE = "Chinese"
    ENGLISH = "English"
    FRENCH = "French"
    RUSSIAN = "Russian"
    SPANISH = "Spanish"


class LetterKind(enum.Enum):
    """The kind of communication, as its title says.

    Example:
        >>> LetterKind("note verbale")
        <LetterKind.NOTE_VERBALE: 'note verbale'>
    """

    LETTER = "letter"
    IDENTICAL_LETTERS = "identical letters"
    NOTE_VERBALE = "note verbale"
    #: Older forms, found in lists of titles: "Letters dated ...", "Telegram dated ...", "Cablegram dated ...".
    LETTERS = "letters"
    TELEGRAM = "telegram"
    TELEGRAMS = "telegrams"
    CABLEGRAM = "cablegram"
    #: Other forms of communication a title names: "Identical notifications dated ...", "Message dated ...",
    #: "Communication dated ...", "Communications dated ...".
    IDENTICAL_NOTIFICATIONS = "identical notifications"
    MESSAGE = "message"
    COMMUNICATION = "communication"
    COMMUNICATIONS = "communications"


class SessionKind(enum.Enum):
    """The kind of a General Assembly session.

    Example:
        >>> SessionKind("emergency special")
        <SessionKind.EMERGENCY_SPECIAL: 'emergency special'>
    """

    REGULAR = "regular"
    SPECIAL = "special"
    EMERGENCY_SPECIAL = "emergency special"
