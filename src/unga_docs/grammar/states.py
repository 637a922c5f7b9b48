"""The table of State names, as data: what lets a title's list of senders be split where a name holds "and".

The names are the short names the Organization prints in English ("Bosnia and Herzegovina", "Saint Vincent and
the Grenadines"): the English lexicon (`unga_docs.grammar.lexicon.ENGLISH`) is built from them and every parser
reads them there. Another language's lexicon brings its own table.

Example:
    >>> len(MEMBER_STATES), OBSERVER_STATES
    (193, ('Holy See', 'State of Palestine'))
"""

from __future__ import annotations

__all__ = ["DEMONYMS", "FORMER_AND_SHORT_NAMES", "MEMBER_STATES", "OBSERVER_STATES", "WITH_THE"]

#: The 193 Member States of the United Nations, by the short names the Organization prints.
MEMBER_STATES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus",
    "Belgium", "Belize", "Benin", "Bhutan", "Bolivia (Plurinational State of)", "Bosnia and Herzegovina",
    "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde",
    "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia",
    "Democratic People's Republic of Korea", "Democratic Republic of the Congo", "Denmark", "Djibouti",
    "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea",
    "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany",
    "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq", "Ireland", "Israel",
    "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan",
    "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
    "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
    "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia (Federated States of)", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal",
    "Netherlands (Kingdom of the)", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Macedonia",
    "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines",
    "Poland", "Portugal", "Qatar", "Republic of Korea", "Republic of Moldova", "Romania",
    "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia",
    "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands",
    "Somalia", "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
    "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania", "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
)  # fmt: skip

#: The non-member observer States.
OBSERVER_STATES: tuple[str, ...] = ("Holy See", "State of Palestine")

#: Names found in older documents, and short forms found in lists that abbreviate titles. They are recognised
#: (so that lists split correctly) and returned as printed.
FORMER_AND_SHORT_NAMES: tuple[str, ...] = (
    "Palestine", "Turkey", "Turkiye", "Swaziland", "Czech Republic", "Czechoslovakia", "Cape Verde",
    "East Timor", "Cote d'Ivoire", "Ivory Coast", "The former Yugoslav Republic of Macedonia",
    "former Yugoslav Republic of Macedonia", "Macedonia", "Yugoslavia", "Federal Republic of Yugoslavia",
    "Socialist Federal Republic of Yugoslavia", "Serbia and Montenegro", "Libyan Arab Jamahiriya", "Zaire",
    "Union of Soviet Socialist Republics", "Byelorussian Soviet Socialist Republic",
    "Ukrainian Soviet Socialist Republic", "German Democratic Republic", "Federal Republic of Germany",
    "Democratic Kampuchea", "Kampuchea", "Democratic Yemen", "Yemen Arab Republic", "Burma", "Ceylon",
    "Dahomey", "Upper Volta", "Bolivia", "Venezuela", "Iran", "Islamic Republic of Iran", "Micronesia",
    "Federated States of Micronesia", "Netherlands", "Kingdom of the Netherlands", "Syria", "Moldova",
    "Tanzania", "Laos", "Vietnam", "Russia", "Brunei", "Korea", "United States", "United Kingdom",
    "Great Britain", "USA", "USSR", "UK", "Kingdom of Saudi Arabia", "Hashemite Kingdom of Jordan",
    "Republic of Azerbaijan", "Republic of Armenia", "Republic of Cyprus", "Islamic Republic of Afghanistan",
    "Republic of South Sudan", "Sultanate of Oman", "State of Qatar", "State of Kuwait", "Kingdom of Bahrain",
    "Kingdom of Morocco", "Republic of Iraq", "Republic of Yemen", "Plurinational State of Bolivia",
    "Bolivarian Republic of Venezuela",
)  # fmt: skip

#: Names printed with "the" before them ("the Sudan", "the Netherlands (Kingdom of the)").
WITH_THE: tuple[str, ...] = (
    "Bahamas", "Central African Republic", "Comoros", "Congo", "Democratic People's Republic of Korea",
    "Democratic Republic of the Congo", "Dominican Republic", "Gambia",
    "Lao People's Democratic Republic", "Maldives", "Marshall Islands", "Netherlands (Kingdom of the)",
    "Niger", "Philippines", "Republic of Korea", "Republic of Moldova", "Russian Federation",
    "Solomon Islands", "Sudan", "Syrian Arab Republic", "United Arab Emirates",
    "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
    "United States of America", "Holy See", "State of Palestine", "Czech Republic",
    "former Yugoslav Republic of Macedonia", "Federal Republic of Yugoslavia",
    "Socialist Federal Republic of Yugoslavia", "Libyan Arab Jamahiriya",
    "Union of Soviet Socialist Republics", "Byelorussian Soviet Socialist Republic",
    "Ukrainian Soviet Socialist Republic", "German Democratic Republic", "Federal Republic of Germany",
    "Yemen Arab Republic", "Islamic Republic of Iran", "Federated States of Micronesia", "Netherlands",
    "Kingdom of the Netherlands", "United States", "United Kingdom", "USA", "USSR", "UK",
    "Kingdom of Saudi Arabia", "Hashemite Kingdom of Jordan", "Republic of Azerbaijan",
    "Republic of Armenia", "Republic of Cyprus", "Islamic Republic of Afghanistan",
    "Republic of South Sudan", "Sultanate of Oman", "State of Qatar", "State of Kuwait",
    "Kingdom of Bahrain", "Kingdom of Morocco", "Republic of Iraq", "Republic of Yemen",
    "Plurinational State of Bolivia", "Bolivarian Republic of Venezuela",
)  # fmt: skip

#: Adjectives of States ("the Lebanese and Syrian delegations") -> the State's common short name.
DEMONYMS: dict[str, str] = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "angolan": "Angola",
    "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia",
    "austrian": "Austria", "azerbaijani": "Azerbaijan", "bahraini": "Bahrain", "bangladeshi": "Bangladesh",
    "belarusian": "Belarus", "belgian": "Belgium", "beninese": "Benin", "bolivian": "Bolivia",
    "bosnian": "Bosnia and Herzegovina", "brazilian": "Brazil", "british": "United Kingdom",
    "bulgarian": "Bulgaria", "burundian": "Burundi", "cambodian": "Cambodia", "cameroonian": "Cameroon",
    "canadian": "Canada", "chadian": "Chad", "chilean": "Chile", "chinese": "China", "colombian": "Colombia",
    "congolese": "Congo", "croatian": "Croatia", "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czechia",
    "danish": "Denmark", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt",
    "eritrean": "Eritrea", "estonian": "Estonia", "ethiopian": "Ethiopia", "fijian": "Fiji",
    "finnish": "Finland", "french": "France", "gabonese": "Gabon", "georgian": "Georgia", "german": "Germany",
    "ghanaian": "Ghana", "greek": "Greece", "guatemalan": "Guatemala", "guinean": "Guinea",
    "haitian": "Haiti", "honduran": "Honduras", "hungarian": "Hungary", "icelandic": "Iceland",
    "indian": "India", "indonesian": "Indonesia", "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland",
    "israeli": "Israel", "italian": "Italy", "ivorian": "Côte d'Ivoire", "jamaican": "Jamaica",
    "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan", "kenyan": "Kenya",
    "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan", "latvian": "Latvia", "lebanese": "Lebanon",
    "liberian": "Liberia", "libyan": "Libya", "lithuanian": "Lithuania", "malagasy": "Madagascar",
    "malawian": "Malawi", "malaysian": "Malaysia", "malian": "Mali", "maltese": "Malta",
    "mauritanian": "Mauritania", "mexican": "Mexico", "moldovan": "Moldova", "mongolian": "Mongolia",
    "montenegrin": "Montenegro", "moroccan": "Morocco", "mozambican": "Mozambique", "namibian": "Namibia",
    "nepalese": "Nepal", "nicaraguan": "Nicaragua", "nigerian": "Nigeria", "nigerien": "Niger",
    "norwegian": "Norway", "omani": "Oman", "pakistani": "Pakistan", "palestinian": "Palestine",
    "panamanian": "Panama", "paraguayan": "Paraguay", "peruvian": "Peru", "philippine": "Philippines",
    "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar", "romanian": "Romania",
    "russian": "Russia", "rwandan": "Rwanda", "saudi": "Saudi Arabia", "senegalese": "Senegal",
    "serbian": "Serbia", "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia",
    "somali": "Somalia", "spanish": "Spain", "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland",
    "syrian": "Syria", "tajik": "Tajikistan", "tanzanian": "Tanzania", "thai": "Thailand", "togolese": "Togo",
    "tunisian": "Tunisia", "turkish": "Turkey", "turkmen": "Turkmenistan", "ugandan": "Uganda",
    "ukrainian": "Ukraine", "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
    "vietnamese": "Viet Nam", "yemeni": "Yemen", "yugoslav": "Yugoslavia", "zambian": "Zambia",
    "zimbabwean": "Zimbabwe",
}  # fmt: skip
