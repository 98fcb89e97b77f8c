"""The editors' desk: the archive's Chinese admin, one module per concern."""

from . import articles, imports, papers, taxonomy

__all__ = ["articles", "imports", "papers", "taxonomy"]
