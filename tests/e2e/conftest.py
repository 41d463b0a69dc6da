"""Browser tests: Debian's Chromium driven by pytest-playwright against Django's live server.

No `playwright install` here (no network): the tests drive /usr/bin/chromium, or the
browser named by RECITS_CHROMIUM. When it is missing the tests are skipped with the command
that installs it, except on CI (CI=true) where a missing browser is a failure, never a skip.
"""

import os
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls
# from such a thread unless told otherwise (fixtures build data while the browser runs).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path(os.environ.get("RECITS_CHROMIUM", "/usr/bin/chromium"))
MESSAGE_CHROMIUM_ABSENT = (
    f"Chromium introuvable ({CHROMIUM}) : apt-get install -y --no-install-recommends chromium"
)
ARGUMENTS_CHROMIUM = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOSSIER_CAPTURES = Path(__file__).parent / "screenshots"


def sur_ci() -> bool:
    """True on continuous integration, where a missing browser must fail the run."""
    return os.environ.get("CI", "").strip().lower() == "true"


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip (or on CI fail) browser tests before any fixture tries to launch Chromium."""
    if item.get_closest_marker("browser") is None or CHROMIUM.exists():
        return
    if sur_ci():
        pytest.fail(MESSAGE_CHROMIUM_ABSENT, pytrace=False)
    pytest.skip(MESSAGE_CHROMIUM_ABSENT)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """pytest-playwright's launch options, pointed at the system Chromium."""
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [*browser_type_launch_args.get("args", []), *ARGUMENTS_CHROMIUM],
    }


@pytest.fixture(scope="session")
def dossier_captures() -> Path:
    """Where screenshots go (ignored by git)."""
    DOSSIER_CAPTURES.mkdir(exist_ok=True)
    return DOSSIER_CAPTURES


@pytest.fixture(scope="session")
def _connexions_django(django_db_setup, django_db_blocker) -> dict:
    """The test databases' connection objects, taken before Playwright starts."""
    from django.db import connections

    with django_db_blocker.unblock():
        return {alias: connections[alias] for alias in connections}


@pytest.fixture(scope="session")
def playwright(_connexions_django: dict, playwright):
    """Playwright, started without hiding Django's test connections from the tests.

    Between two sync calls, Playwright's sync API leaves its event loop marked as running
    in the main thread. Django's connection handler then looks connections up in
    context-local storage instead of the thread's, and opens new connection objects
    that lack the serialized database contents (`serialized_rollback` silently restores
    nothing: Wagtail's root page and the default indicators vanish after the first test)
    and differ from the one shared with the live server. Put the original objects back
    in the storage seen while the loop is marked as running.
    """
    from django.db import connections

    for alias, connexion in _connexions_django.items():
        connections[alias] = connexion
    return playwright


@pytest.fixture
def invitation(arbre, lieu):
    """A personal link to the form for the test place (the contribution tests' starting point)."""
    from tests.factories import InvitationFactory

    return InvitationFactory(lieu=lieu)
