"""One module per rule of the assembler; `unga_docs.assemble.parser.RULES` orders them (see its docstring)."""
