"""Keeping development lines apart from the held-out sets (`training/apart.py`)."""

from __future__ import annotations

import pytest
import yaml

from training import apart

DEV = """# Development lines for a test.
# Second header line.
# --- a section ---
- text: "Shared page, written differently."
  moves: [pushy]
  source: https://www.example.org/advice/
- text: "Kept: a page of its own."
  moves: [thanks]
  source: https://example.net/thread
# --- another section ---
- text: "SAME WORDS AS AN EXAM LINE"
  moves: []
  source: https://example.com/other
"""

HELDOUT = """- text: "Same words as an exam line"
  moves: []
  source: https://example.com/exam
- text: "Another exam line."
  moves: [question]
  source: http://example.org/advice
"""


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "realworld").mkdir()
    (tmp_path / "realworld" / "heldout-realworld9.yaml").write_text(HELDOUT, encoding="utf-8")
    dev = tmp_path / "realworld" / "dev-realworld9.yaml"
    dev.write_text(DEV, encoding="utf-8")
    return tmp_path, dev


def test_items_sharing_a_page_or_the_words_of_a_heldout_line_are_dropped(corpus):
    root, dev = corpus
    pages, lines = apart.heldout_marks(root)
    assert apart.keep_apart(dev, pages, lines) == (3, 2)
    kept = yaml.safe_load(dev.read_text(encoding="utf-8"))
    assert [item["text"] for item in kept] == ["Kept: a page of its own."]


def test_comments_and_headers_stay(corpus):
    root, dev = corpus
    apart.keep_apart(dev, *apart.heldout_marks(root))
    text = dev.read_text(encoding="utf-8")
    assert text.startswith("# Development lines for a test.\n# Second header line.\n")
    assert "# --- a section ---" in text and "# --- another section ---" in text


def test_a_clean_file_is_left_as_it_was(corpus):
    root, dev = corpus
    clean = "# Header.\n- text: \"Nothing shared.\"\n  moves: []\n  source: https://example.net/x\n"
    dev.write_text(clean, encoding="utf-8")
    assert apart.keep_apart(dev, *apart.heldout_marks(root)) == (1, 0)
    assert dev.read_text(encoding="utf-8") == clean


def test_pages_are_compared_without_scheme_www_or_final_slash():
    assert apart.page("https://www.example.org/advice/") == apart.page("http://example.org/advice")


def test_a_heldout_file_is_never_cleaned(tmp_path, capsys):
    target = tmp_path / "heldout-realworld9.yaml"
    target.write_text(HELDOUT, encoding="utf-8")
    with pytest.raises(SystemExit):
        apart.main([str(target)])
    assert target.read_text(encoding="utf-8") == HELDOUT
