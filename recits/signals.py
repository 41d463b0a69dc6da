"""Signals other apps listen to, so that `recits` never imports them."""

from django.dispatch import Signal

# Sent after a contribution's transaction committed; kwargs: contribution, page.
contribution_recue = Signal()

# Sent after a contributor withdrew a contribution; kwargs: contribution, page.
contribution_retiree = Signal()
