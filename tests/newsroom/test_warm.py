"""A web worker made ready before its first request (newsroom.warm)."""

import gc

import pytest

from newsroom import gunicorn as gunicorn_config
from newsroom.warm import FULL_COLLECTION_EVERY, settle


@pytest.fixture
def unfrozen():
    thresholds = gc.get_threshold()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


@pytest.mark.django_db
def test_a_settled_worker_keeps_what_it_loaded_out_of_the_collectors_scans(unfrozen):
    assert gc.get_freeze_count() == 0
    settle()
    assert gc.get_freeze_count() > 10_000  # Django, the URLconf and the segmenter's dictionary


@pytest.mark.django_db
def test_gunicorn_settles_each_worker_before_its_first_request(unfrozen):
    gunicorn_config.post_worker_init(worker=None)
    assert gc.get_freeze_count() > 0


@pytest.mark.django_db
def test_a_settled_worker_makes_full_collections_rarer(unfrozen):
    young, middle, oldest = gc.get_threshold()
    settle()
    assert gc.get_threshold() == (young, middle, FULL_COLLECTION_EVERY) and oldest < FULL_COLLECTION_EVERY
