"""The editors' group, for tests that log an editor in."""

import importlib

from django.contrib.auth.models import Group, Permission


def editor_group():
    """The 编辑 group as its migration makes it (a transactional test may run after a flush)."""
    migration = importlib.import_module("archive.migrations.0004_editor_group")
    group, _ = Group.objects.get_or_create(name=migration.GROUP_NAME)
    wanted = [
        f"{action}_{model}" for model, actions in migration.EDITOR_PERMISSIONS.items() for action in actions
    ]
    wanted += importlib.import_module("archive.migrations.0009_page_filing").ADDED_PERMISSIONS
    group.permissions.set(Permission.objects.filter(content_type__app_label="archive", codename__in=wanted))
    return group
