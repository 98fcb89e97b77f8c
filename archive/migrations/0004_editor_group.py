from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "编辑"

# What the editors' desk needs, model by model; nothing on users, groups or the admin history.
EDITOR_PERMISSIONS = {
    "article": ("view", "add", "change", "delete"),
    "credit": ("view", "add", "change", "delete"),
    "articletag": ("view", "add", "change", "delete"),
    "tag": ("view", "add", "change", "delete"),
    "tagredirect": ("view", "add", "change", "delete"),
    "person": ("view", "add", "change", "delete"),
    "section": ("view", "add", "change", "delete"),
    "dictionaryentry": ("view", "add", "change", "delete"),
    "publication": ("view",),
    "issue": ("view",),
    # Uploading pages from the admin adds pages.
    "page": ("view", "add"),
    "importlog": ("view",),
}


def create_editor_group(apps, schema_editor):
    # Permissions are normally created after the whole migrate run; this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = [f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions]
    permissions = list(Permission.objects.filter(content_type__app_label="archive", codename__in=wanted))
    missing = set(wanted) - {p.codename for p in permissions}
    if missing:
        raise RuntimeError(f"permissions missing: {sorted(missing)}")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.set(permissions)


def remove_editor_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0003_default_dictionary"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="ReviewItem",
            fields=[],
            options={
                "verbose_name": "待审文章",
                "verbose_name_plural": "待审文章",
                "proxy": True,
                "indexes": [],
                "constraints": [],
            },
            bases=("archive.article",),
        ),
        migrations.RunPython(create_editor_group, remove_editor_group),
    ]
