"""Provides the practice interview: a run with your own material, kept in your practice log and never ranked."""

from __future__ import annotations

import time

from game.core.interview import Interview
from game.core.report import run_report
from game.core.scenario import Scenario
from game.ui.screens.interview import InterviewScreen


class PracticeInterviewScreen(InterviewScreen):
    """The interview screen, for a run that does not count towards rankings or unlocks."""

    def __init__(self, scenario: Scenario, interview: Interview, why: str) -> None:
        super().__init__(scenario, interview)
        self.why = why

    def standing(self) -> str:
        return f" · practice ({self.why}): not ranked"

    def finished(self) -> None:
        self.report = run_report(self.interview)
        knowledge = self.app.self_knowledge()
        knowledge.add_practice({"role": self.scenario.role, "score": self.report["score"],
                                "outcome": self.report["outcome"], "when": time.strftime("%Y-%m-%dT%H:%M:%S")})
        if self.app.keep_self_knowledge(knowledge):
            self.notify("Practice run kept in your practice log (not ranked).", timeout=3, markup=False)
