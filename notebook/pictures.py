"""A failed check's picture (the picture contract: heatmap, curves, histogram) drawn with
matplotlib into a PNG, inlined in the result's HTML as a base64 data URI.

Only the object-oriented API (Figure + the Agg canvas) is used, never pyplot: a learner's
notebook keeps whatever pyplot backend and style it has, and no figure is left open in it.
A picture that cannot be drawn (an unknown kind, malformed data) is left out with a note;
the check's message above it still says what is wrong.
"""
from __future__ import annotations

import base64
import html
import io
import math

WIDTH = 6.0             # inches, at 100 dpi: 600 pixels, a notebook column's width
NAN_COLOR = "#d62728"   # a cell where your value was NaN or infinite


def picture_html(picture: dict) -> str:
    """An HTML <figure> with the picture as an inline PNG, or a short note if it cannot be drawn."""
    title = str(picture.get("title", "")) if isinstance(picture, dict) else ""
    try:
        figure, caption = _draw(picture)
    except (KeyError, TypeError, ValueError, IndexError) as err:
        return f'<p class="mlfun-nopicture">(picture not drawn: {html.escape(str(err) or type(err).__name__)})</p>'
    if figure is None:
        return ""
    source = "data:image/png;base64," + base64.b64encode(png_bytes(figure)).decode("ascii")
    return (f'<figure class="mlfun-picture" style="margin:0.5em 0">'
            f'<img src="{source}" alt="{html.escape(title, quote=True)}" style="max-width:100%">'
            f'<figcaption style="font-size:85%;color:#555">{html.escape(caption)}</figcaption></figure>')


def png_bytes(figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    buffer = io.BytesIO()
    FigureCanvasAgg(figure).print_png(buffer)
    return buffer.getvalue()


def _draw(picture: dict):
    kind = picture["kind"]
    if kind == "heatmap":
        return draw_heatmap(picture)
    if kind == "curves":
        return draw_curves(picture)
    if kind == "histogram":
        return draw_histogram(picture)
    return None, ""


def _figure(height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(WIDTH, height), dpi=100, layout="constrained")


def draw_heatmap(picture: dict):
    """Relative error |got - expected| / (|expected| + floor) per cell, on a log colour scale
    when it spans more than two decades (a few huge errors must not hide many small ones)."""
    import numpy as np
    from matplotlib.colors import LogNorm, Normalize

    values = np.array([[math.nan if v is None else float(v) for v in row] for row in picture["values"]], dtype=float)
    if values.ndim != 2 or values.size == 0:
        raise ValueError("heatmap values are not a table of numbers")
    rows, cols = values.shape
    if rows * cols == 1:
        return None, ""             # one number: the check's message already gives it
    figure = _figure(min(4.5, 1.4 + 3.2 * rows / max(cols, rows)))
    axes = figure.add_subplot()
    finite = values[np.isfinite(values)]
    positive = finite[finite > 0]
    if positive.size and positive.max() / positive.min() > 100:
        norm = LogNorm(vmin=positive.min(), vmax=positive.max())
        shown = np.where(np.isfinite(values), np.maximum(values, positive.min()), np.nan)
    else:
        norm = Normalize(vmin=0.0, vmax=float(finite.max()) if finite.size and finite.max() > 0 else 1.0)
        shown = values
    colours = _colormap()
    image = axes.imshow(np.ma.masked_invalid(shown), cmap=colours, norm=norm, aspect="auto",
                        interpolation="nearest")
    figure.colorbar(image, ax=axes, label="relative error")
    shape = [int(n) for n in picture.get("shape", [])]
    axes.set_title(str(picture.get("title", "")), fontsize=10)
    axes.set_xlabel(_axis_label(shape, -1, cols))
    axes.set_ylabel(_axis_label(shape, -2, rows) if len(shape) >= 2 else "")
    from matplotlib.ticker import MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    if rows == 1:
        axes.set_yticks([])
    return figure, _heatmap_caption(shape, values)


def _colormap():
    import matplotlib

    return matplotlib.colormaps["viridis"].with_extremes(bad=NAN_COLOR)


def _axis_label(shape: list[int], axis: int, cells: int) -> str:
    if len(shape) < -axis:
        return ""
    size = shape[axis]
    pooled = f", max-pooled to {cells}" if cells < size else ""
    return f"axis {axis} (size {size}{pooled})"


def _heatmap_caption(shape: list[int], values) -> str:
    import numpy as np

    if len(shape) > 2:
        where = f"over the last two axes of shape {tuple(shape)} (the worst over the leading axes)"
    else:
        where = f"over the array of shape {tuple(shape)}" if shape else "over the array"
    nan = " Red cells: your value is NaN or infinite there." if np.isnan(values).any() else ""
    return f"Where your output differs from the expected one, {where}.{nan}"


def draw_curves(picture: dict):
    """Each run per step; a step where a run was not finite is a gap in its line."""
    series = picture["series"]
    figure = _figure(3.0)
    axes = figure.add_subplot()
    every = []
    for name, values in series.items():
        ys = [math.nan if v is None else float(v) for v in values]
        every += [y for y in ys if math.isfinite(y)]
        axes.plot(range(len(ys)), ys, label=str(name), linestyle="--" if name == "reference" else "-",
                  marker="." if len(ys) <= 60 else None)     # a lone finite step between gaps still shows
    if every and min(every) > 0 and max(every) / min(every) > 1000:
        axes.set_yscale("log")
    from matplotlib.ticker import MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(str(picture.get("x", "step")))
    axes.set_title(str(picture.get("title", "")), fontsize=10)
    axes.legend()
    return figure, "Your run beside the reference's, step by step."


def draw_histogram(picture: dict):
    """Your samples' density per bin against the target's."""
    edges = [float(e) for e in picture["edges"]]
    yours, target = [float(v) for v in picture["yours"]], [float(v) for v in picture["target"]]
    if not (len(yours) == len(target) == len(edges) - 1):
        raise ValueError("histogram bins and edges do not match")
    figure = _figure(3.0)
    axes = figure.add_subplot()
    axes.stairs(target, edges, label="target", color="#555555", linestyle="--", linewidth=1.5)
    axes.stairs(yours, edges, label="yours", fill=True, alpha=0.5)
    axes.set_ylabel("density")
    axes.set_title(str(picture.get("title", "")), fontsize=10)
    axes.legend()
    return figure, "Your samples per bin against the target distribution."
