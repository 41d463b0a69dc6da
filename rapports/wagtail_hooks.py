"""Registers the report's admin routes."""

from wagtail import hooks

from .vues_admin import urls_admin

hooks.register("register_admin_urls", urls_admin)
