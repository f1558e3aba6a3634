"""Session 10: a move dated only by "that morning" / "that day" / "then" takes its date from the sentence
before; when that sentence dates history, the move is history too. Invented names; near misses beside it."""

from summarizer import summarize


def _brief(text: str):
    return summarize(text, strategy="learned")


def test_that_morning_after_an_anniversary_of_1944_is_history():
    brief = _brief("Town remembers 1944 landing\n\n"
                   "Veterans and residents gathered on Saturday in Mirna to mark 80 years since Allied troops landed "
                   "on the town's beaches in June 1944. About 2,000 soldiers came ashore that morning, historians say.")
    assert brief.movements == [] and brief.is_relevant is False


def test_that_day_after_a_year_before_the_datelines_is_history():
    brief = _brief("Town remembers landing\n\n"
                   "MIRNA, June 6, 2024 - Residents gathered to remember the Allied landing of June 1944. "
                   "About 2,000 soldiers came ashore that day, historians say.")
    assert brief.movements == [] and brief.is_relevant is False


def test_that_morning_after_todays_news_is_news():
    # near miss: the sentence before tells the story's own day, so "that morning" is today's
    brief = _brief("Marines land at Mirna\n\n"
                   "MIRNA, May 2, 2025 - Valdorian marines began an exercise on the coast on Friday, the navy said. "
                   "About 2,000 soldiers came ashore that morning, it said.")
    assert brief.is_relevant is True
    assert any("came ashore" in m.evidence for m in brief.movements)
