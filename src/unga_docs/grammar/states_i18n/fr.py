"""French: the United Nations' own names of the States, with the article French titles print before them.

Source: the short names of UNTERM and of the United Nations list of Member States in French (as of 2026:
"Tchéquie", "Eswatini", "Macédoine du Nord", "Cabo Verde", "Türkiye", "Pays-Bas (Royaume des)"). A name whose
short form carries a parenthesis ("Iran (République islamique d')") reads in running text as the title prints it
("la République islamique d'Iran").

Example:
    >>> MEMBER_STATES[168], WITH_ARTICLE[168], with_de(WITH_ARTICLE[110])
    ('République arabe syrienne', 'la République arabe syrienne', 'du Mexique')
"""

from __future__ import annotations

import re

__all__ = ["FORMER_AND_SHORT_NAMES", "IN_TEXT", "MEMBER_STATES", "OBSERVER_STATES", "WITH_ARTICLE", "with_de"]

#: (short name, article) for the 193 Member States, in the order of the English `MEMBER_STATES`.
_MEMBERS: tuple[tuple[str, str], ...] = (
    ("Afghanistan", "l'"), ("Albanie", "l'"), ("Algérie", "l'"), ("Andorre", "l'"), ("Angola", "l'"),
    ("Antigua-et-Barbuda", ""), ("Argentine", "l'"), ("Arménie", "l'"), ("Australie", "l'"), ("Autriche", "l'"),
    ("Azerbaïdjan", "l'"), ("Bahamas", "les"), ("Bahreïn", ""), ("Bangladesh", "le"), ("Barbade", "la"),
    ("Bélarus", "le"), ("Belgique", "la"), ("Belize", "le"), ("Bénin", "le"), ("Bhoutan", "le"),
    ("Bolivie (État plurinational de)", "l'"), ("Bosnie-Herzégovine", "la"), ("Botswana", "le"),
    ("Brésil", "le"), ("Brunéi Darussalam", "le"), ("Bulgarie", "la"), ("Burkina Faso", "le"), ("Burundi", "le"),
    ("Cabo Verde", "le"), ("Cambodge", "le"), ("Cameroun", "le"), ("Canada", "le"),
    ("République centrafricaine", "la"), ("Tchad", "le"), ("Chili", "le"), ("Chine", "la"), ("Colombie", "la"),
    ("Comores", "les"), ("Congo", "le"), ("Costa Rica", "le"), ("Côte d'Ivoire", "la"), ("Croatie", "la"),
    ("Cuba", ""), ("Chypre", ""), ("Tchéquie", "la"), ("République populaire démocratique de Corée", "la"),
    ("République démocratique du Congo", "la"), ("Danemark", "le"), ("Djibouti", ""), ("Dominique", "la"),
    ("République dominicaine", "la"), ("Équateur", "l'"), ("Égypte", "l'"), ("El Salvador", ""),
    ("Guinée équatoriale", "la"), ("Érythrée", "l'"), ("Estonie", "l'"), ("Eswatini", "l'"), ("Éthiopie", "l'"),
    ("Fidji", "les"), ("Finlande", "la"), ("France", "la"), ("Gabon", "le"), ("Gambie", "la"), ("Géorgie", "la"),
    ("Allemagne", "l'"), ("Ghana", "le"), ("Grèce", "la"), ("Grenade", "la"), ("Guatemala", "le"),
    ("Guinée", "la"), ("Guinée-Bissau", "la"), ("Guyana", "le"), ("Haïti", ""), ("Honduras", "le"),
    ("Hongrie", "la"), ("Islande", "l'"), ("Inde", "l'"), ("Indonésie", "l'"),
    ("Iran (République islamique d')", "la"), ("Iraq", "l'"), ("Irlande", "l'"), ("Israël", ""), ("Italie", "l'"),
    ("Jamaïque", "la"), ("Japon", "le"), ("Jordanie", "la"), ("Kazakhstan", "le"), ("Kenya", "le"),
    ("Kiribati", ""), ("Koweït", "le"), ("Kirghizistan", "le"), ("République démocratique populaire lao", "la"),
    ("Lettonie", "la"), ("Liban", "le"), ("Lesotho", "le"), ("Libéria", "le"), ("Libye", "la"),
    ("Liechtenstein", "le"), ("Lituanie", "la"), ("Luxembourg", "le"), ("Madagascar", ""), ("Malawi", "le"),
    ("Malaisie", "la"), ("Maldives", "les"), ("Mali", "le"), ("Malte", ""), ("Îles Marshall", "les"),
    ("Mauritanie", "la"), ("Maurice", ""), ("Mexique", "le"), ("Micronésie (États fédérés de)", "les"),
    ("Monaco", ""), ("Mongolie", "la"), ("Monténégro", "le"), ("Maroc", "le"), ("Mozambique", "le"),
    ("Myanmar", "le"), ("Namibie", "la"), ("Nauru", ""), ("Népal", "le"), ("Pays-Bas (Royaume des)", "le"),
    ("Nouvelle-Zélande", "la"), ("Nicaragua", "le"), ("Niger", "le"), ("Nigéria", "le"),
    ("Macédoine du Nord", "la"), ("Norvège", "la"), ("Oman", ""), ("Pakistan", "le"), ("Palaos", "les"),
    ("Panama", "le"), ("Papouasie-Nouvelle-Guinée", "la"), ("Paraguay", "le"), ("Pérou", "le"),
    ("Philippines", "les"), ("Pologne", "la"), ("Portugal", "le"), ("Qatar", "le"), ("République de Corée", "la"),
    ("République de Moldova", "la"), ("Roumanie", "la"), ("Fédération de Russie", "la"), ("Rwanda", "le"),
    ("Saint-Kitts-et-Nevis", ""), ("Sainte-Lucie", ""), ("Saint-Vincent-et-les Grenadines", ""),
    ("Samoa", "le"), ("Saint-Marin", ""), ("Sao Tomé-et-Principe", ""), ("Arabie saoudite", "l'"),
    ("Sénégal", "le"), ("Serbie", "la"), ("Seychelles", "les"), ("Sierra Leone", "la"), ("Singapour", ""),
    ("Slovaquie", "la"), ("Slovénie", "la"), ("Îles Salomon", "les"), ("Somalie", "la"), ("Afrique du Sud", "l'"),
    ("Soudan du Sud", "le"), ("Espagne", "l'"), ("Sri Lanka", ""), ("Soudan", "le"), ("Suriname", "le"),
    ("Suède", "la"), ("Suisse", "la"), ("République arabe syrienne", "la"), ("Tadjikistan", "le"),
    ("Thaïlande", "la"), ("Timor-Leste", "le"), ("Togo", "le"), ("Tonga", "les"), ("Trinité-et-Tobago", "la"),
    ("Tunisie", "la"), ("Türkiye", "la"), ("Turkménistan", "le"), ("Tuvalu", ""), ("Ouganda", "l'"),
    ("Ukraine", "l'"), ("Émirats arabes unis", "les"),
    ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "le"), ("République-Unie de Tanzanie", "la"),
    ("États-Unis d'Amérique", "les"), ("Uruguay", "l'"), ("Ouzbékistan", "l'"), ("Vanuatu", "le"),
    ("Venezuela (République bolivarienne du)", "la"), ("Viet Nam", "le"), ("Yémen", "le"), ("Zambie", "la"),
    ("Zimbabwe", "le"),
)  # fmt: skip

_OBSERVERS: tuple[tuple[str, str], ...] = (("Saint-Siège", "le"), ("État de Palestine", "l'"))

#: Short names whose running-text form differs (the article given above is the running form's).
_IN_TEXT: dict[str, str] = {
    "Bolivie (État plurinational de)": "État plurinational de Bolivie",
    "Iran (République islamique d')": "République islamique d'Iran",
    "Micronésie (États fédérés de)": "États fédérés de Micronésie",
    "Pays-Bas (Royaume des)": "Royaume des Pays-Bas",
    "Venezuela (République bolivarienne du)": "République bolivarienne du Venezuela",
}


def _article(article: str, name: str) -> str:
    if not article:
        return name
    return f"{article}{name}" if article.endswith("'") else f"{article} {name}"


#: The 193 Member States, by their French short names, aligned with the English `MEMBER_STATES`.
MEMBER_STATES: tuple[str, ...] = tuple(name for name, _ in _MEMBERS)

#: The two observer States, aligned with the English `OBSERVER_STATES`.
OBSERVER_STATES: tuple[str, ...] = tuple(name for name, _ in _OBSERVERS)

#: The names as running text prints them, aligned with `MEMBER_STATES + OBSERVER_STATES`.
IN_TEXT: tuple[str, ...] = tuple(_IN_TEXT.get(name, name) for name, _ in _MEMBERS + _OBSERVERS)

#: The running-text names with their article ("la République arabe syrienne", "l'Azerbaïdjan", "Israël"),
#: aligned with `MEMBER_STATES + OBSERVER_STATES`.
WITH_ARTICLE: tuple[str, ...] = tuple(
    _article(article, _IN_TEXT.get(name, name)) for name, article in _MEMBERS + _OBSERVERS
)

#: Former names and the forms older or abbreviated titles print; recognised and returned as printed.
FORMER_AND_SHORT_NAMES: tuple[str, ...] = (
    "Turquie", "République tchèque", "Swaziland", "Cap-Vert", "Timor oriental",
    "ex-République yougoslave de Macédoine", "Yougoslavie", "République fédérale de Yougoslavie",
    "République fédérative socialiste de Yougoslavie", "Serbie-et-Monténégro", "Jamahiriya arabe libyenne",
    "Zaïre", "Union des Républiques socialistes soviétiques", "URSS",
    "République socialiste soviétique de Biélorussie", "République socialiste soviétique d'Ukraine",
    "République démocratique allemande", "République fédérale d'Allemagne", "Kampuchea démocratique",
    "République populaire du Kampuchea", "Yémen démocratique", "République arabe du Yémen", "Birmanie",
    "Haute-Volta", "Dahomey", "Pays-Bas", "Bolivie", "Venezuela", "Iran", "Micronésie",
    "Syrie", "Moldova", "Tanzanie", "Russie", "Brunéi", "États-Unis", "Royaume-Uni", "Palestine",
    "Royaume d'Arabie saoudite", "Royaume hachémite de Jordanie", "République d'Azerbaïdjan",
    "République d'Arménie", "République de Chypre", "Sultanat d'Oman", "État du Qatar", "État du Koweït",
    "Royaume de Bahreïn", "Royaume du Maroc", "République d'Iraq", "République du Yémen",
)  # fmt: skip

_VOWEL = re.compile(r"[AEIOUYÉÈÊÎÏÔÛÜHaeiouyéèêîïôûüh]")


def with_de(name: str) -> str:
    """Join "de" to a name written with its article, as French contracts it.

    Args:
        name: a name from `WITH_ARTICLE` (or any "le/la/les/l'" + name).

    Returns:
        "du Mexique", "des Pays-Bas", "de la France", "de l'Azerbaïdjan", "d'Israël", "de Cuba".

    Example:
        >>> with_de("les Bahamas"), with_de("Haïti")
        ('des Bahamas', "d'Haïti")
    """
    if name.startswith("le "):
        return "du " + name[3:]
    if name.startswith("les "):
        return "des " + name[4:]
    if name.startswith(("la ", "l'")):
        return "de " + name
    if _VOWEL.match(name):
        return "d'" + name
    return "de " + name
