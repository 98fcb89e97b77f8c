from django.views.generic import ListView

from .models import Article


class HomeView(ListView):
    template_name = "archive/home.html"
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_listing()[:20]
