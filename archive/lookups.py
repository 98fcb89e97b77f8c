"""Query conditions the archive's own querysets need and Django does not give."""

from django.db.models import F, Lookup


class AnyOf(Lookup):
    """``column = ANY(%s)`` with the whole list as one array parameter (cheap for thousands of ids)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", [*lhs_params, list(self.rhs)]


def among(column: str, ids: list[int]) -> AnyOf:
    """A filter condition: ``column`` is one of ``ids``."""
    return AnyOf(F(column), ids)
