"""Routes of the contribution form (kept out of the page tree: links must not depend on it)."""

from django.urls import path

from . import views

urlpatterns = [
    path("<str:jeton>/", views.contribuer, name="contribuer"),
    path("<str:jeton>/merci/", views.merci, name="contribuer_merci"),
    path("<str:jeton>/envoi/<int:pk>/", views.envoi, name="contribuer_envoi"),
    path(
        "<str:jeton>/envoi/<int:pk>/photo/<int:photo_pk>/",
        views.photo_envoyee,
        name="contribuer_photo",
    ),
    path("<str:jeton>/retirer/<int:pk>/", views.retirer, name="contribuer_retirer"),
]
