"""Static files: hashed, compressed names once collected, plain names before."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class ArchiveStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's manifest storage, forgiving a checkout where collectstatic has not run.

    Without a manifest the manifest storage cannot name a file and every page using
    ``{% static %}`` fails; here the file keeps its plain name, which WhiteNoise serves from
    the apps' folders (WHITENOISE_USE_FINDERS).
    """

    manifest_strict = False

    def hashed_name(self, name, content=None, filename=None):
        try:
            return super().hashed_name(name, content, filename)
        except ValueError:
            return name
