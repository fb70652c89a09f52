"""The meeting plan reader's public names; it lives in ``domain/agenda/meeting_plan.py``."""

from secretary_app.domain.agenda.meeting_plan import (  # noqa: F401
    MeetingPlan, PlanEntry, PlanProblem, parse_meeting_plan,
)
