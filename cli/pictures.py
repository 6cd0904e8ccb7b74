"""Drawing a failed check's picture (grader/pictures.py) in the terminal, with block characters.

Every picture reads without colour: a heatmap's shades are characters ('·░▒▓█'), the two
curves of a training run are drawn with different characters ('●' yours, '·' reference) and a
histogram's target is a marker on each bar. Colour, when the console has it, only adds to that.
Only the numbers travel in `--json`; nothing here is imported unless a picture is drawn.
"""
from __future__ import annotations

import math

from rich.text import Text

SHADES = "░▒▓█"                 # one decade of error each, up to the worst; '·' below, '×' NaN or inf
DECADES = len(SHADES)
SHADE_STYLES = ("yellow", "dark_orange", "red", "bold red")
MIN_WIDTH = 60                 # narrower consoles get the message only
CHART_HEIGHT = 10
YOURS, REFERENCE, BOTH = "●", "·", "●"


def drawable(console) -> bool:
    return console.width >= MIN_WIDTH


def draw(picture: dict, width: int) -> Text | None:
    """The picture as rich Text at most `width` columns wide, or None for a kind not known here."""
    kind = picture.get("kind")
    if kind == "heatmap":
        return heatmap(picture, width)
    if kind == "curves":
        return curves(picture, width)
    if kind == "histogram":
        return histogram(picture, width)
    return None


# ------------------------------------------------------------------------------ heatmap

def heatmap(picture: dict, width: int) -> Text:
    """One cell per value (two characters wide when they fit, so cells are about square),
    shaded by decade below the worst error: what is wrong stands out whatever the scale, and
    an error four decades below the worst (or none) is a dot. The legend gives the scale."""
    values = picture["values"]
    high = max((v for row in values for v in row if v is not None), default=0.0)
    low = high / 10 ** DECADES
    cell = 2 if 2 * picture["cols"] + 6 <= width else 1
    out = Text()
    out.append(f"{picture['title']}\n", style="bold")
    out.append(f"shape {tuple(picture['shape'])}: {_axes_note(picture)}\n", style="dim")
    for r, row in enumerate(values):
        out.append(f"{r:>4} ", style="dim")
        for v in row:
            char, style = _shade(v, low, high)
            out.append(char * cell, style=style)
        out.append("\n")
    out.append_text(_heat_legend(low, high))
    return out


def _axes_note(picture: dict) -> str:
    if len(picture["shape"]) <= 1:
        return "one row, left to right"
    rows, cols = picture["shape"][-2], picture["shape"][-1]
    note = "rows × columns are the last two axes"
    if len(picture["shape"]) > 2:
        note += ", each cell the worst over the others"
    if (rows, cols) != (picture["rows"], picture["cols"]):
        note += f"; shrunk to {picture['rows']} × {picture['cols']}, each cell the worst of its block"
    return note


def _shade(value, low: float, high: float) -> tuple[str, str | None]:
    if value is None:
        return "×", "bold magenta"
    if value <= low or high <= 0:
        return "·", "dim"
    level = _level(value, low, high)
    return SHADES[level], SHADE_STYLES[level]


def _level(value: float, low: float, high: float) -> int:
    """0..3: the decade below the worst error that the value lies in."""
    return min(DECADES - 1, max(0, int(math.floor(math.log10(value / low)))))


def _heat_legend(low: float, high: float) -> Text:
    legend = Text("relative error: ")
    legend.append("·", style="dim")
    legend.append(f" <{low:.1g}  " if high > 0 else " 0  ")
    for k, (char, style) in enumerate(zip(SHADES, SHADE_STYLES)):
        if high > 0:
            legend.append(char, style=style)
            legend.append(f" ≥{low * 10 ** k:.1g}  ")
    legend.append("×", style="bold magenta")
    legend.append(" NaN or inf")
    return legend


# ------------------------------------------------------------------------------ curves

def curves(picture: dict, width: int) -> Text:
    """Both series on one chart, resampled to the chart's columns; a log scale when the values
    are positive and span more than two decades (a diverging run would flatten the other)."""
    series = picture["series"]
    columns = max(10, min(72, width - 14))
    points = {name: _resample(values, columns) for name, values in series.items()}
    finite = [v for vs in points.values() for v in vs if v is not None]
    log = bool(finite) and min(finite) > 0 and max(finite) / min(finite) > 100
    scale = (lambda v: math.log10(v)) if log else (lambda v: v)
    low, high = (min(map(scale, finite)), max(map(scale, finite))) if finite else (0.0, 1.0)
    grid = [[" "] * columns for _ in range(CHART_HEIGHT)]
    for name, char in (("reference", REFERENCE), ("yours", YOURS)):
        for c, v in enumerate(points.get(name, [])):
            row = 0 if v is None else _row(scale(v), low, high)
            mark = "↑" if v is None else char
            grid[row][c] = BOTH if grid[row][c] in (REFERENCE, YOURS) and mark == YOURS else mark
    return _chart(picture, grid, low, high, log, max(len(v) for v in series.values()))


def _resample(values: list, columns: int) -> list:
    if not values:
        return []
    return [values[round(c * (len(values) - 1) / max(columns - 1, 1))] for c in range(columns)]


def _row(v: float, low: float, high: float) -> int:
    if high <= low:
        return CHART_HEIGHT // 2
    return CHART_HEIGHT - 1 - round((v - low) / (high - low) * (CHART_HEIGHT - 1))


def _chart(picture, grid, low, high, log, steps) -> Text:
    label = (lambda v: f"{10 ** v:.3g}") if log else (lambda v: f"{v:.3g}")
    out = Text(f"{picture['title']}{' (log scale)' if log else ''}\n", style="bold")
    for r, row in enumerate(grid):
        tick = label(high) if r == 0 else label(low) if r == len(grid) - 1 else ""
        out.append(f"{tick:>9} ┤", style="dim")
        for char in row:
            out.append(char, style="cyan" if char == YOURS else "red" if char == "↑" else "dim")
        out.append("\n")
    axis = f"{picture.get('x', 'step')} 0"
    out.append(" " * 10 + "└" + "─" * len(grid[0]) + "\n", style="dim")
    out.append(" " * 11 + axis + f"{steps - 1:>{max(1, len(grid[0]) - len(axis))}}\n", style="dim")
    out.append(" " * 11)
    out.append(YOURS, style="cyan")
    out.append(" yours   ")
    out.append(REFERENCE, style="dim")
    out.append(" reference   ")
    out.append("↑", style="red")
    out.append(" NaN or inf")
    return out


# ------------------------------------------------------------------------------ histogram

def histogram(picture: dict, width: int) -> Text:
    """One bar per bin: '█' your density, '┃' where the target's density ends."""
    edges, yours, target = picture["edges"], picture["yours"], picture["target"]
    top = max([*yours, *target, 1e-300])
    bar = max(10, min(50, width - 34))
    whole = all(float(e) + 0.5 == round(float(e) + 0.5) for e in edges)
    out = Text(f"{picture['title']}\n", style="bold")
    for k, (mine, wanted) in enumerate(zip(yours, target)):
        name = f"{edges[k] + 0.5:g}" if whole else f"{edges[k]:.3g}..{edges[k + 1]:.3g}"
        out.append(f"{name:>13} │", style="dim")
        mine_cells, mark = round(mine / top * bar), min(bar, round(wanted / top * bar))
        for c in range(bar + 1):
            if c == mark:
                out.append("┃", style="bold green")
            else:
                out.append("█" if c < mine_cells else " ", style="cyan")
        out.append(f" {mine:.3g} vs {wanted:.3g}\n", style="dim")
    out.append(" " * 15)
    out.append("█", style="cyan")
    out.append(" yours   ")
    out.append("┃", style="bold green")
    out.append(" target (density per bin)")
    return out
