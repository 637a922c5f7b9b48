"""Spanish: the United Nations' own names of the States, with the article Spanish titles print before some.

Source: the short names of UNTERM and of the United Nations list of Member States in Spanish, whose article
("Perú (el)", "India (la)", "Estados Unidos de América (los)") is the one United Nations Spanish prints in running
text ("del Perú", "de la India", "de los Estados Unidos de América"); as of 2026 ("Chequia", "Eswatini",
"Macedonia del Norte", "Cabo Verde", "Türkiye", "Países Bajos (Reino de los)"). A short name with a parenthesis
("Irán (República Islámica del)") reads in running text as titles print it ("la República Islámica del Irán").

Example:
    >>> MEMBER_STATES[168], WITH_ARTICLE[168], with_de(WITH_ARTICLE[134])
    ('República Árabe Siria', 'la República Árabe Siria', 'del Perú')
"""

from __future__ import annotations

__all__ = ["FORMER_AND_SHORT_NAMES", "IN_TEXT", "MEMBER_STATES", "OBSERVER_STATES", "WITH_ARTICLE", "with_de"]

#: (short name, article of the running form) for the 193 Member States, in the order of the English table.
_MEMBERS: tuple[tuple[str, str], ...] = (
    ("Afganistán", "el"), ("Albania", ""), ("Argelia", ""), ("Andorra", ""), ("Angola", ""),
    ("Antigua y Barbuda", ""), ("Argentina", "la"), ("Armenia", ""), ("Australia", ""), ("Austria", ""),
    ("Azerbaiyán", ""), ("Bahamas", "las"), ("Bahrein", ""), ("Bangladesh", ""), ("Barbados", ""),
    ("Belarús", ""), ("Bélgica", ""), ("Belice", ""), ("Benin", ""), ("Bhután", ""),
    ("Bolivia (Estado Plurinacional de)", "el"), ("Bosnia y Herzegovina", ""), ("Botswana", ""), ("Brasil", "el"),
    ("Brunei Darussalam", ""), ("Bulgaria", ""), ("Burkina Faso", ""), ("Burundi", ""), ("Cabo Verde", ""),
    ("Camboya", ""), ("Camerún", "el"), ("Canadá", "el"), ("República Centroafricana", "la"), ("Chad", "el"),
    ("Chile", ""), ("China", ""), ("Colombia", ""), ("Comoras", "las"), ("Congo", "el"), ("Costa Rica", ""),
    ("Côte d'Ivoire", ""), ("Croacia", ""), ("Cuba", ""), ("Chipre", ""), ("Chequia", ""),
    ("República Popular Democrática de Corea", "la"), ("República Democrática del Congo", "la"),
    ("Dinamarca", ""), ("Djibouti", ""), ("Dominica", ""), ("República Dominicana", "la"), ("Ecuador", "el"),
    ("Egipto", ""), ("El Salvador", ""), ("Guinea Ecuatorial", ""), ("Eritrea", ""), ("Estonia", ""),
    ("Eswatini", ""), ("Etiopía", ""), ("Fiji", ""), ("Finlandia", ""), ("Francia", ""), ("Gabón", "el"),
    ("Gambia", ""), ("Georgia", ""), ("Alemania", ""), ("Ghana", ""), ("Grecia", ""), ("Granada", ""),
    ("Guatemala", ""), ("Guinea", ""), ("Guinea-Bissau", ""), ("Guyana", ""), ("Haití", ""), ("Honduras", ""),
    ("Hungría", ""), ("Islandia", ""), ("India", "la"), ("Indonesia", ""), ("Irán (República Islámica del)", "la"),
    ("Iraq", "el"), ("Irlanda", ""), ("Israel", ""), ("Italia", ""), ("Jamaica", ""), ("Japón", "el"),
    ("Jordania", ""), ("Kazajstán", ""), ("Kenya", ""), ("Kiribati", ""), ("Kuwait", ""), ("Kirguistán", ""),
    ("República Democrática Popular Lao", "la"), ("Letonia", ""), ("Líbano", "el"), ("Lesotho", ""),
    ("Liberia", ""), ("Libia", ""), ("Liechtenstein", ""), ("Lituania", ""), ("Luxemburgo", ""),
    ("Madagascar", ""), ("Malawi", ""), ("Malasia", ""), ("Maldivas", ""), ("Malí", ""), ("Malta", ""),
    ("Islas Marshall", "las"), ("Mauritania", ""), ("Mauricio", ""), ("México", ""),
    ("Micronesia (Estados Federados de)", "los"), ("Mónaco", ""), ("Mongolia", ""), ("Montenegro", ""),
    ("Marruecos", ""), ("Mozambique", ""), ("Myanmar", ""), ("Namibia", ""), ("Nauru", ""), ("Nepal", ""),
    ("Países Bajos (Reino de los)", "el"), ("Nueva Zelandia", ""), ("Nicaragua", ""), ("Níger", "el"),
    ("Nigeria", ""), ("Macedonia del Norte", ""), ("Noruega", ""), ("Omán", ""), ("Pakistán", "el"),
    ("Palau", ""), ("Panamá", ""), ("Papua Nueva Guinea", ""), ("Paraguay", "el"), ("Perú", "el"),
    ("Filipinas", ""), ("Polonia", ""), ("Portugal", ""), ("Qatar", ""), ("República de Corea", "la"),
    ("República de Moldova", "la"), ("Rumania", ""), ("Federación de Rusia", "la"), ("Rwanda", ""),
    ("Saint Kitts y Nevis", ""), ("Santa Lucía", ""), ("San Vicente y las Granadinas", ""), ("Samoa", ""),
    ("San Marino", ""), ("Santo Tomé y Príncipe", ""), ("Arabia Saudita", ""), ("Senegal", "el"),
    ("Serbia", ""), ("Seychelles", ""), ("Sierra Leona", ""), ("Singapur", ""), ("Eslovaquia", ""),
    ("Eslovenia", ""), ("Islas Salomón", "las"), ("Somalia", ""), ("Sudáfrica", ""), ("Sudán del Sur", ""),
    ("España", ""), ("Sri Lanka", ""), ("Sudán", "el"), ("Suriname", ""), ("Suecia", ""), ("Suiza", ""),
    ("República Árabe Siria", "la"), ("Tayikistán", ""), ("Tailandia", ""), ("Timor-Leste", ""), ("Togo", "el"),
    ("Tonga", ""), ("Trinidad y Tabago", ""), ("Túnez", ""), ("Türkiye", ""), ("Turkmenistán", ""),
    ("Tuvalu", ""), ("Uganda", ""), ("Ucrania", ""), ("Emiratos Árabes Unidos", "los"),
    ("Reino Unido de Gran Bretaña e Irlanda del Norte", "el"), ("República Unida de Tanzanía", "la"),
    ("Estados Unidos de América", "los"), ("Uruguay", "el"), ("Uzbekistán", ""), ("Vanuatu", ""),
    ("Venezuela (República Bolivariana de)", "la"), ("Viet Nam", ""), ("Yemen", "el"), ("Zambia", ""),
    ("Zimbabwe", ""),
)  # fmt: skip

_OBSERVERS: tuple[tuple[str, str], ...] = (("Santa Sede", "la"), ("Estado de Palestina", "el"))

#: Short names whose running-text form differs.
_IN_TEXT: dict[str, str] = {
    "Bolivia (Estado Plurinacional de)": "Estado Plurinacional de Bolivia",
    "Irán (República Islámica del)": "República Islámica del Irán",
    "Micronesia (Estados Federados de)": "Estados Federados de Micronesia",
    "Países Bajos (Reino de los)": "Reino de los Países Bajos",
    "Venezuela (República Bolivariana de)": "República Bolivariana de Venezuela",
}

#: The 193 Member States, by their Spanish short names, aligned with the English `MEMBER_STATES`.
MEMBER_STATES: tuple[str, ...] = tuple(name for name, _ in _MEMBERS)

#: The two observer States, aligned with the English `OBSERVER_STATES`.
OBSERVER_STATES: tuple[str, ...] = tuple(name for name, _ in _OBSERVERS)

#: The names as running text prints them, aligned with `MEMBER_STATES + OBSERVER_STATES`.
IN_TEXT: tuple[str, ...] = tuple(_IN_TEXT.get(name, name) for name, _ in _MEMBERS + _OBSERVERS)

#: The running-text names with their article where Spanish gives one ("la República Árabe Siria", "el Perú",
#: "Nepal"), aligned with `MEMBER_STATES + OBSERVER_STATES`.
WITH_ARTICLE: tuple[str, ...] = tuple(
    f"{article} {_IN_TEXT.get(name, name)}" if article else _IN_TEXT.get(name, name)
    for name, article in _MEMBERS + _OBSERVERS
)

#: Former names and the forms older or abbreviated titles print; recognised and returned as printed.
FORMER_AND_SHORT_NAMES: tuple[str, ...] = (
    "Turquía", "República Checa", "Swazilandia", "Timor Oriental", "ex República Yugoslava de Macedonia",
    "Yugoslavia", "República Federativa de Yugoslavia", "República Federativa Socialista de Yugoslavia",
    "Serbia y Montenegro", "Jamahiriya Árabe Libia", "Zaire", "Unión de Repúblicas Socialistas Soviéticas",
    "URSS", "República Socialista Soviética de Bielorrusia", "República Socialista Soviética de Ucrania",
    "República Democrática Alemana", "República Federal de Alemania", "Kampuchea Democrática",
    "República Popular de Kampuchea", "Yemen Democrático", "República Árabe del Yemen", "Birmania",
    "Alto Volta", "Dahomey", "Países Bajos", "Bolivia", "Venezuela", "Irán",
    "Micronesia", "Siria", "Moldova", "Tanzanía", "Rusia", "Brunei", "Estados Unidos", "Reino Unido",
    "Palestina", "Reino de Arabia Saudita", "Reino Hachemita de Jordania", "República de Azerbaiyán",
    "República de Armenia", "República de Chipre", "Sultanía de Omán", "Estado de Qatar", "Estado de Kuwait",
    "Reino de Bahrein", "Reino de Marruecos", "República del Iraq", "República del Yemen",
)  # fmt: skip


def with_de(name: str) -> str:
    """Join "de" to a name written with its article, as Spanish contracts it.

    Args:
        name: a name from `WITH_ARTICLE`.

    Returns:
        "del Perú", "de la República Árabe Siria", "de los Estados Unidos de América", "de Nepal".

    Example:
        >>> with_de("el Reino Unido de Gran Bretaña e Irlanda del Norte")
        'del Reino Unido de Gran Bretaña e Irlanda del Norte'
    """
    if name.startswith("el "):
        return "del " + name[3:]
    return "de " + name
