"""The `mlfun` command: argument parsing and rendering only. The work is in grader and db."""
