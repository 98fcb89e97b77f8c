"""The account name that django-axes counts failed logins against.

Axes stores the name as typed, in a column of 255 characters: a longer name, or one holding
a NUL, would fail to be stored and turn a wrong password into a server error.  No account has
such a name (Django's are 150 characters at most), so the name is cut to that length first.
"""

from django.conf import settings

USERNAME_LENGTH = 150


def username_for_lockout(request, credentials=None) -> str:
    field = settings.AXES_USERNAME_FORM_FIELD
    source = credentials or (request.POST if request is not None else {})
    name = source.get(field)
    return str(name or "").replace("\x00", "")[:USERNAME_LENGTH]
