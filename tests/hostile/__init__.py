"""Hostile submissions: the grader must contain whatever a learner's code does."""
