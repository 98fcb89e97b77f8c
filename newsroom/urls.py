from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "报刊档案 编辑部"
admin.site.site_title = "报刊档案"
admin.site.index_title = "档案管理"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("archive.urls")),
]
