"""Uploads held to the page limit while the request is read, never stored whole first.

Django's default handlers write an upload of any size to a temporary file before the view can
refuse it.  Here a request larger than ``ARCHIVE_MAX_UPLOAD_BYTES`` is refused (400) before its
body is read, and of each file no more than ``ARCHIVE_MAX_PAGE_BYTES`` and one byte is kept, in
memory: enough for the importer to refuse it by name as too large.
"""

import io

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class PageUploadHandler(FileUploadHandler):
    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        limit = settings.ARCHIVE_MAX_UPLOAD_BYTES
        if content_length > limit:
            raise RequestDataTooBig(f"上传内容过大（{content_length:,} 字节，上限 {limit:,} 字节）")
        return None

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.file = io.BytesIO()

    def receive_data_chunk(self, raw_data, start):
        room = settings.ARCHIVE_MAX_PAGE_BYTES + 1 - self.file.tell()
        if room > 0:
            self.file.write(raw_data[:room])
        return None

    def file_complete(self, file_size):
        self.file.seek(0)
        return InMemoryUploadedFile(
            file=self.file,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
