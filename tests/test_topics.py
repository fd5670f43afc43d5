"""The SKOS topic scheme as the extractor reads it."""

from __future__ import annotations

import pytest

from stancegraph.topics import TopicSchemeError, default_scheme_path, load_scheme, position_topics

TEN = {"hadopi-law", "global-license", "copyright", "net-neutrality", "internet-censorship",
       "digital-divide", "cybercrime", "free-software", "social-media-campaigning", "e-democracy"}


def test_scheme_has_the_ten_position_topics_with_definitions():
    topics = position_topics()
    assert TEN <= set(topics)
    for notation in TEN:
        t = topics[notation]
        assert t.definitions.get("fr") and t.definitions.get("en")
        assert t.label and t.pref_labels.get("en")


def test_groups_are_not_position_topics():
    scheme = load_scheme()
    assert "culture-and-creation" in scheme and "culture-and-creation" not in position_topics()
    assert scheme["hadopi-law"].broader == ("culture-and-creation",)


def test_surface_forms_include_alt_labels():
    forms = load_scheme()["hadopi-law"].surface_forms()
    assert "Loi Hadopi" in forms and "riposte graduée" in forms
    assert "graduated response" not in forms  # English labels are not French surface forms


def test_missing_and_invalid_scheme(tmp_path):
    with pytest.raises(TopicSchemeError, match="not found"):
        load_scheme(tmp_path / "absent.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(TopicSchemeError, match="bad.ttl: not valid Turtle"):
        load_scheme(bad)


def test_default_path_is_the_packaged_scheme():
    assert default_scheme_path().name == "topics.ttl" and default_scheme_path().is_file()
