"""Tests for reading job adverts: real public adverts against what a recruiter would list, and each class of phrasing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.core.adverts import AdvertError, advert_text, read_requirements, role_of
from game.core.prepare import prepare
from game.core.selfknowledge import SelfKnowledge, Story

ADVERTS = Path(__file__).parent / "fixtures" / "adverts"
REAL = sorted(p.name.removesuffix(".expect.yaml") for p in ADVERTS.glob("*.expect.yaml"))
MIN_PRECISION = 0.9
MIN_RECALL = 0.9


def real_advert(stem: str) -> str:
    """A fixture advert without its source header comment."""
    path = next(ADVERTS.glob(stem + ".*[!l]"))
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("# source:"))


def expected(stem: str) -> dict:
    return yaml.safe_load((ADVERTS / f"{stem}.expect.yaml").read_text(encoding="utf-8"))


def read(text: str):
    lines = advert_text(text)[0].split("\n")
    return read_requirements(lines)


def matches(find: str, text: str) -> bool:
    return find.lower() in text.lower()


def score(stem: str) -> dict:
    """Precision and recall of the requirements read from one advert, with what went wrong."""
    want = expected(stem)
    found = read(real_advert(stem))
    required = [r for r in found if not r.desirable]
    desirable = [r for r in found if r.desirable]
    hits = {e["find"]: next((r for r in required if matches(e["find"], r.text)), None) for e in want["requirements"]}
    extra = [r.text for r in required if not any(matches(e["find"], r.text) for e in want["requirements"])]
    wrong = [f"{e['find']}: {hits[e['find']].kind}/{hits[e['find']].what}, expected {e['kind']}/{e['what']}"
             for e in want["requirements"] if hits[e["find"]] and (hits[e["find"]].kind, hits[e["find"]].what) != (e["kind"], e["what"])]
    missed_nice = [e["find"] for e in want["desirable"] if not any(matches(e["find"], r.text) for r in desirable)]
    leaked = [n for n in want["not"] if any(matches(n, r.text) for r in found)]
    found_count = sum(r is not None for r in hits.values())
    return {
        "advert": stem,
        "precision": found_count / len(required) if required else 1.0,
        "recall": found_count / len(want["requirements"]) if want["requirements"] else 1.0,
        "missed": [f for f, r in hits.items() if r is None],
        "extra": extra,
        "wrong_kind": wrong,
        "missed_nice": missed_nice,
        "leaked": leaked,
        "role": role_of(advert_text(real_advert(stem))[0].split("\n")),
        "want_role": want["role"],
    }


def table(rows: list[dict]) -> str:
    out = [f"{'advert':<26} {'precision':>9} {'recall':>7}  problems"]
    for row in rows:
        problems = [f"{key}={row[key]}" for key in ("missed", "extra", "wrong_kind", "missed_nice", "leaked") if row[key]]
        if row["role"] != row["want_role"]:
            problems.append(f"role={row['role']!r}")
        out.append(f"{row['advert']:<26} {row['precision']:>9.2f} {row['recall']:>7.2f}  {'; '.join(problems) or '-'}")
    return "\n".join(out)


class TestRealAdverts:
    def test_there_are_at_least_eight_real_adverts_each_with_its_source(self):
        assert len(REAL) >= 8
        for stem in REAL:
            source = expected(stem)["source"]
            path = next(ADVERTS.glob(stem + ".*[!l]"))
            assert path.read_text(encoding="utf-8").startswith(f"# source: {source} ")

    def test_requirements_match_what_a_recruiter_would_list(self):
        rows = [score(stem) for stem in REAL]
        bad = [row for row in rows
               if row["precision"] < MIN_PRECISION or row["recall"] < MIN_RECALL or row["wrong_kind"]
               or row["missed_nice"] or row["leaked"] or row["role"] != row["want_role"]]
        assert not bad, "\n" + table(rows)

    @pytest.mark.parametrize("stem, what", [("delivery-driver", "licence"), ("backend-rd-engineer", "degree"),
                                            ("teacher-of-english", "degree"), ("registered-nurse-band5", "registration"),
                                            ("senior-accountant", "degree"), ("senior-accountant", "certificate"),
                                            ("restaurant-manager", "right-to-work"), ("electrician-federal", "right-to-work")])
    def test_a_player_lacking_it_gets_a_hard_doubt(self, stem, what):
        prep = prepare(real_advert(stem), shop_worker())
        hard = {d.id: d for d in prep.doubts if d.kind == "hard"}
        assert what in hard, [(d.id, d.kind) for d in prep.doubts]
        assert hard[what].advice.startswith("No story removes this")

    def test_a_player_who_has_the_licence_is_not_doubted_on_it(self):
        knowledge = shop_worker()
        knowledge.profile.add_own("skills", "Driving", "Van and car driving")
        knowledge.profile.set_evidence("own-driving", "I have held a full clean driver's license for nine years")
        prep = prepare(real_advert("delivery-driver"), knowledge)
        assert "licence" not in {d.id for d in prep.doubts}

    def test_a_degree_experience_can_stand_in_for_is_a_soft_doubt_that_says_so(self):
        prep = prepare(real_advert("data-analyst-profile"), shop_worker())
        degree = next(d for d in prep.doubts if d.id == "degree")
        assert degree.kind == "soft"
        assert degree.about.endswith("(or a bootcamp backed by a strong portfolio)")
        assert [r.accepts for r in prep.requirements] == ["a bootcamp backed by a strong portfolio"]

    def test_hiring_checks_and_nice_to_haves_are_listed_but_never_doubted(self):
        prep = prepare(real_advert("restaurant-manager"), shop_worker())
        assert "check" not in {d.id for d in prep.doubts}
        assert any(r.what == "check" and r.kind == "hard" for r in prep.requirements)
        assert len(prep.desirable) == 3
        lines = prep.lines()
        assert "      checked when hiring, not a doubt" in lines
        assert "Nice to have (not doubts; mention any you have):" in lines

    def test_story_picks_fit_the_doubts(self):
        knowledge = shop_worker()
        knowledge.add_story(Story.make("Café", "In 2023 our café lost its manager for six months.",
                                       "I ran the restaurant operations and supervised a staff of eight.",
                                       "Takings rose by a tenth."))
        prep = prepare(real_advert("restaurant-manager"), knowledge)
        soft = {d.id: d for d in prep.doubts if d.kind == "soft"}
        assert soft["gap-running"].story.title == "Café"
        assert all(d.story is None or d.story.title == "Café" for d in soft.values()), "the queue story fits none of them"
        assert all(d.advice.startswith("No story yet: write one about") for d in soft.values() if not d.story)

    def test_another_language_lines_are_not_read(self):
        reqs = read((ADVERTS / "teacher.txt").read_text(encoding="utf-8"))
        assert [(r.what, r.kind) for r in reqs] == [("degree", "hard"), ("experience", "soft")]


def shop_worker() -> SelfKnowledge:
    """A shop supervisor with evidence for coaching and calm, and one story about a queue."""
    knowledge = SelfKnowledge()
    for item_id, line in (("coaching", "I trained four new starters on the tills last year"),
                          ("calm", "I kept Saturday queues of ninety people calm for three years")):
        knowledge.profile.pick(item_id)
        knowledge.profile.set_evidence(item_id, line)
    knowledge.add_story(Story.make("Queue", "A power cut stopped our tills on a Saturday in May.",
                                   "I organised the team to take cash and kept ninety customers informed.",
                                   "We served everyone within the hour."))
    return knowledge


def kinds(text: str) -> list[tuple[str, str, str, bool]]:
    return [(r.text, r.kind, r.what, r.desirable) for r in read(text)]


class TestPhrasing:
    @pytest.mark.parametrize("heading", ["Requirements", "Qualifications", "What you'll need", "You have:", "About you",
                                         "Essential criteria", "Minimum qualifications", "Basic Qualifications",
                                         "Person specification", "Skills and experience", "What we're looking for"])
    def test_requirement_headings(self, heading):
        text = f"Barista\nWhat you'll do\nServe coffee to guests.\n{heading}\nLatte art\nA calm head at the morning rush"
        assert [(t, d) for t, _, _, d in kinds(text)] == [("Latte art", False), ("A calm head at the morning rush", False)]

    @pytest.mark.parametrize("heading", ["Preferred qualifications", "Desirable", "Bonus points if you have:",
                                         "Nice to have", "Nice-to-haves"])
    def test_nice_to_have_headings(self, heading):
        text = f"Barista\nRequirements\n- Two years behind a bar\n{heading}\n- Latte art\n- A barista certificate"
        assert [(t, d) for t, _, _, d in kinds(text)] == [
            ("Two years behind a bar", False), ("Latte art", True), ("A barista certificate", True)]

    @pytest.mark.parametrize("heading", ["Responsibilities", "What you'll do", "Key duties", "About the role",
                                         "Job Responsibility:"])
    def test_duty_headings_ask_for_nothing_unless_a_line_demands_a_credential(self, heading):
        text = f"Driver\n{heading}\n- Deliver parcels to homes\n- Keep the van clean\n- You must hold a full driving licence"
        assert kinds(text) == [("You must hold a full driving licence", "hard", "licence", False)]

    @pytest.mark.parametrize("line, kind, what", [
        ("We're looking for someone with three years in retail.", "soft", "years"),
        ("You'll have a calm, friendly manner.", "soft", "experience"),
        ("You should have run a team before.", "soft", "experience"),
        ("5+ years of experience with Python.", "soft", "years"),
        ("A degree in chemistry or equivalent experience.", "soft", "degree"),
        ("A degree in chemistry is required.", "hard", "degree"),
        ("Applicants must hold a valid HGV licence.", "hard", "licence"),
        ("Must be a Chartered Accountant.", "hard", "registration"),
        ("You will need to be ACCA certified.", "hard", "certificate"),
        ("Active Secret clearance is required.", "hard", "clearance"),
        ("You must have the right to work in the UK.", "hard", "right-to-work"),
        ("An enhanced DBS check is essential.", "hard", "check"),
    ])
    def test_inline_markers_and_classes(self, line, kind, what):
        assert kinds(f"Analyst\nWe are a friendly team.\n{line}") == [(line, kind, what, False)]

    @pytest.mark.parametrize("line", ["Experience with Rust is a plus.", "Ideally you know SQL.",
                                      "A PGCE would be an advantage.", "Spanish is preferred."])
    def test_inline_nice_to_haves(self, line):
        assert [d for *_, d in kinds(f"Analyst\n{line}")] == [True]

    @pytest.mark.parametrize("line", ["No degree required.", "Certifications: none typically required",
                                      "This person usually has a degree in maths.", "We offer a full driving course.",
                                      "Send your CV and cover letter, which must be one page.",
                                      "There is no set length of experience required."])
    def test_lines_that_ask_for_nothing(self, line):
        assert kinds(f"Analyst\nAbout us\nA small shop.\n{line}") == []

    def test_an_advert_without_headings_lists_the_credentials_it_names_but_not_its_duties(self):
        text = ("Pharmacist\nYou will look after a busy high-street counter.\n- Dispense medicines to patients\n"
                "- Keep the stock room in order\n- A pharmacy degree from an accredited school\n"
                "- Valid state pharmacy licence\n- Working knowledge of drug interactions")
        assert [(t, k, w) for t, k, w, _ in kinds(text)] == [
            ("A pharmacy degree from an accredited school", "hard", "degree"),
            ("Valid state pharmacy licence", "hard", "licence"),
            ("Working knowledge of drug interactions", "soft", "experience")]

    @pytest.mark.parametrize("line", ["A higher degree may be substituted for experience year for year.",
                                      "A master's degree can count towards two of the years.",
                                      "Relevant certification may stand in for the degree."])
    def test_a_note_that_one_requirement_may_stand_in_for_another_asks_for_nothing(self, line):
        assert [t for t, *_ in kinds(f"Analyst\nRequirements\n- A degree in statistics\n- {line}")] == [
            "A degree in statistics"]

    def test_person_specification_marks(self):
        text = ("PERSON SPECIFICATION\nCriteria are marked E (essential) or D (desirable).\n"
                "· A teaching qualification (E)\n· Coaching a school team (D)\n· Patience | E")
        assert kinds(text) == [("A teaching qualification", "hard", "certificate", False),
                               ("Coaching a school team", "soft", "experience", True),
                               ("Patience", "soft", "experience", False)]

    def test_labels(self):
        text = ("Data Analyst\nTypical education: Bachelor's degree in statistics\nEssential: SQL every day\n"
                "Desirable: a Tableau certificate\nCompany: Acme")
        assert kinds(text) == [("Typical education: Bachelor's degree in statistics", "hard", "degree", False),
                               ("Essential: SQL every day", "soft", "experience", False),
                               ("Desirable: a Tableau certificate", "hard", "certificate", True)]

    def test_html_lists_and_literal_brackets(self):
        text = "<h1>Cook</h1><h2>You have</h2><ul><li>[b]Two years[/b] on a grill</li><li>A food hygiene certificate</li></ul>"
        assert kinds(text) == [("[b]Two years[/b] on a grill", "soft", "years", False),
                               ("A food hygiene certificate", "hard", "certificate", False)]


class TestBadAdverts:
    def test_another_language_is_a_clear_message(self):
        german = ("Wir suchen eine engagierte Pflegefachkraft für unsere Station. Sie haben eine abgeschlossene "
                  "Ausbildung und Erfahrung in der Akutpflege. Wir bieten ein tolles Team.")
        with pytest.raises(AdvertError, match="does not look like English"):
            prepare(german, SelfKnowledge())

    @pytest.mark.parametrize("text", ["Медицинская сестра. Требования: опыт работы в больнице от трёх лет, диплом.",
                                      "Nous recherchons un chef de rang pour notre restaurant. Vous avez une expérience "
                                      "du service et le sens du contact avec les clients."])
    def test_other_scripts_and_languages_too(self, text):
        with pytest.raises(AdvertError, match="does not look like English"):
            advert_text(text)
