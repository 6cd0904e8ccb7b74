"""Cohort mode: the HTTP API and instructor dashboard (`mlfun serve`) and the grading
workers (`mlfun worker`), over the same grader, store and sandbox as `mlfun submit`."""
