"""mlfun's grader: loading exercises, running untrusted code, checking what it returns.

Importing this package is cheap on purpose (no NumPy): the sandbox child imports
`mlfun.grader.child` before anything heavy, and the CLI's light commands import the
catalog only. The public API is imported from its modules:

    from mlfun.grader.grade import grade
    from mlfun.grader.catalog import Catalog
"""
