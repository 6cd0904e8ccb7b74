"""The built-in exercises: YAML definitions with their reference solutions, as package data."""
from pathlib import Path

BUILTIN_DIR = Path(__file__).parent
