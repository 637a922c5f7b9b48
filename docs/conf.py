"""Sphinx configuration of the unga_docs documentation site (MyST markdown, furo, autodoc, myst-nb).

Build it with ``sphinx-build -W --keep-going -n docs build/docs`` (README, "Documentation"): warnings are errors and
every internal reference (``-n``, nitpicky), including every link between pages, must resolve.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from docutils import nodes
from docutils.nodes import Element
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.ext.napoleon.docstring import GoogleDocstring
from sphinx.transforms import SphinxTransform

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
# The source tree first, so that a checkout builds its own docs (an installed unga_docs is found otherwise).
sys.path.insert(0, str(ROOT / "src"))
# The cookbook reads the real documents of the test corpus (as the tests do); its kernels inherit this environment.
os.environ.setdefault("UNGA_DOCS_CORPUS", str(ROOT.parent / "shared" / "corpus"))
if os.environ.get("UNGA_DOCS_NB_EXECUTION", "force") != "off" and not Path(os.environ["UNGA_DOCS_CORPUS"]).is_dir():
    # Without it the recipes would run on nothing and show empty tables: say so instead.
    raise RuntimeError(
        f"the cookbook reads the corpus at {os.environ['UNGA_DOCS_CORPUS']}, which is not a folder: set "
        "UNGA_DOCS_CORPUS to the corpus, or UNGA_DOCS_NB_EXECUTION=off to build with the stored outputs only"
    )

import unga_docs  # noqa: E402 - after the path is set

project = "unga_docs"
author = "unga_docs developers"
copyright = "2026, unga_docs developers"
release = unga_docs.__version__
version = release

extensions = [
    "myst_nb",  # MyST markdown pages and notebooks (.ipynb, and markdown notebooks in the cookbook), executed
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]

root_doc = "index"
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
exclude_patterns = [
    "_build",
    "schema",  # the published JSON Schemas: files to download, not pages
]

# --- MyST ---------------------------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3  # [text](page.md#a-heading) links resolve, and are checked
myst_all_links_external = False  # links to pages and files are references, checked like any other

# --- notebooks: executed at build time --------------------------------------------------------------------------------
nb_execution_mode = os.environ.get("UNGA_DOCS_NB_EXECUTION", "force")  # "off" renders stored outputs only
nb_execution_timeout = 300
nb_execution_raise_on_error = True  # a cell that fails fails the build
nb_execution_show_tb = True
nb_merge_streams = True

# --- the API reference ----------------------------------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_use_ivar = True  # a class's "Attributes:" are fields of its entry, not entries beside its members
default_role = "code"  # `name` in a docstring is code, as in the source

# Nitpicky: every reference must resolve. The targets below are in other projects' documentation, which only
# intersphinx could reach, and that needs the network: they are let through, everything of unga_docs is checked.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(collections|typing|typing_extensions|os|io|datetime|enum|pathlib|re|types|concurrent)(\..+)?"),
    (r"py:.*", r"(attr|attrs|cattrs|pandas|pd|pyarrow|pa|dask|distributed|tqdm|pymarc|lxml)(\..+)?"),
    (r"py:.*", r"(PathLike|IO|TextIO|date|Path|DataFrame|Schema|Client|Bag|Enum|StrEnum|Pattern|Match)"),
    # The grammars' `lexicon=` parameter: the Lexicon (docs/architecture.md, "grammar/ and the lexicon") is the house's
    # extension point for a new language, not yet a public name of its own.
    (r"py:class", r"unga_docs\.grammar\.lexicon\.Lexicon"),
]

# --- HTML -------------------------------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"unga_docs {release}"
html_static_path: list[str] = []


# --- a document's card in a notebook ----------------------------------------------------------------------------------
class _OneViewOfACard(SphinxTransform):
    """Keep only the HTML view of an output that has HTML and markdown views (a `Document`'s card).

    myst-nb parses every view of an output and picks one for the builder later; the markdown view of a document holds
    its masthead rule (``---``), which docutils refuses inside an output. The HTML builder shows the HTML view anyway.
    """

    default_priority = 500  # before docutils checks where transitions stand (830)

    def apply(self, **kwargs: object) -> None:
        for bundle in self.document.findall(nodes.container):
            if bundle.get("nb_element") != "mime_bundle":
                continue
            views = {child.get("mime_type"): child for child in bundle.children}
            if "text/html" in views and "text/markdown" in views:
                bundle.remove(views["text/markdown"])


def _prose_attribute_docstring(self: GoogleDocstring) -> list[str]:
    """An attribute's or property's docstring read as prose.

    napoleon reads "Older forms, found in lists of titles: ..." as a type ("Older forms, ...") and a description; here
    the types come from the annotations, and a colon in the first line is the prose's own.
    """
    return GoogleDocstring(self._dedent(self._consume_to_end()), self._config).lines()


GoogleDocstring._parse_attribute_docstring = _prose_attribute_docstring  # type: ignore[method-assign]


def _json_value(app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: Element) -> Element | None:
    """Link ``JsonValue`` in a signature (a string annotation, unqualified) to its entry in the API reference."""
    if node.get("refdomain") != "py" or node.get("reftarget") != "JsonValue":
        return None
    domain = env.domains.python_domain
    target = "unga_docs.formats.json.JsonValue"
    return domain.resolve_xref(env, node["refdoc"], app.builder, "data", target, node, contnode)


def setup(app: Sphinx) -> None:
    """Register the transform and the link above."""
    app.add_transform(_OneViewOfACard)
    app.connect("missing-reference", _json_value)
