"""Figures of sampled curves: pgfplots inside a LaTeX report, a PNG beside a Markdown one.

A figure is data first: ``Series`` hold the values derive computed (|∂L/∂z| or L against z), and
each backend only draws them. In LaTeX the coordinates are written into the report itself, so the
figure is plain text (the same input gives the same bytes) and a TeX user can restyle it; for
Markdown, matplotlib (the optional extra ``derive[plot]``) writes a PNG without a timestamp. Without
matplotlib a Markdown report gets the values as a table instead, and says how to get the picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

PACKAGES = "\\usepackage{pgfplots}\n\\pgfplotsset{compat=1.16}\n"
CAP = 10.0  # |values| above this leave the plotted range (an exponential would flatten the rest)
STYLES = ("solid", "dashed", "dotted", "dashdotted")
COLOURS = ("blue", "red", "black", "teal", "orange", "violet")
MPL_COLOURS = ("#1f4e9c", "#c0392b", "#222222", "#138d75", "#d68910", "#7d3c98")
MPL_STYLES = ("-", "--", ":", "-.")


@dataclass(frozen=True)
class Series:
    """One curve: its legend, the x values, the y values, and its colour and dash numbers (the
    colour tells models apart, the dash tells labels apart)."""

    legend: str  # plain text with Unicode maths (ŷ, ∂), set for LaTeX by the backend
    x: tuple[float, ...]
    y: tuple[float, ...]
    colour: int = 0
    dash: int = 0


def number(v: float) -> str:
    """A coordinate: six significant digits, no exponent noise, ``nan`` for a missing value."""
    if not math.isfinite(v):
        return "nan"
    out = f"{v:.6g}"
    return "0" if out == "-0" else out


def _legend_tex(text: str) -> str:
    from derive.render.latex import text as tex_text

    return tex_text(text)


def pgfplots(series: list[Series], *, xlabel: str, ylabel: str, caption: str) -> str:
    """A ``figure`` with one pgfplots axis drawing every series (LaTeX labels as given)."""
    top = max((v for s in series for v in s.y if math.isfinite(v)), default=1.0)
    lines = ["\\begin{figure}[ht]", "\\centering", "\\begin{tikzpicture}",
             "\\begin{axis}[width=0.92\\textwidth, height=0.5\\textwidth, grid=major,",
             f"  xlabel={{{xlabel}}}, ylabel={{{ylabel}}}, xmin={number(series[0].x[0])}, "
             f"xmax={number(series[0].x[-1])},",
             "  legend pos=outer north east, legend cell align=left, legend style={font=\\small},",
             "  unbounded coords=jump" + (f", ymax={number(CAP)}, restrict y to domain=-{number(CAP)}:"
                                          f"{number(CAP)}" if top > CAP else "") + "]"]
    for s in series:
        style = f"{COLOURS[s.colour % len(COLOURS)]}, {STYLES[s.dash % len(STYLES)]}, thick"
        coords = " ".join(f"({number(x)},{number(y)})" for x, y in zip(s.x, s.y, strict=True))
        lines.append(f"\\addplot[{style}] coordinates {{{coords}}};")
        lines.append(f"\\addlegendentry{{{_legend_tex(s.legend)}}}")
    lines += ["\\end{axis}", "\\end{tikzpicture}", f"\\caption{{{caption}}}", "\\end{figure}", ""]
    return "\n".join(lines)


def can_draw_png() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def png(series: list[Series], path, *, xlabel: str, ylabel: str, title: str) -> None:
    """Draw the series into a PNG at ``path`` (matplotlib, no timestamp: same data, same bytes)."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"svg.hashsalt": "derive", "font.size": 10}):
        fig, ax = plt.subplots(figsize=(7.5, 4.0), dpi=100)
        try:
            for s in series:
                y = [v if math.isfinite(v) and abs(v) <= CAP else math.nan for v in s.y]
                ax.plot(s.x, y, MPL_STYLES[s.dash % len(MPL_STYLES)],
                        color=MPL_COLOURS[s.colour % len(MPL_COLOURS)], label=s.legend, lw=1.8)
            ax.set_xlabel(xlabel)
            ax.set_ylabel(ylabel)
            ax.set_title(title)
            ax.grid(True, alpha=0.35)
            ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=9, frameon=False)
            fig.tight_layout()
            fig.savefig(path, format="png", metadata={"Software": None})
        finally:
            plt.close(fig)


def table_md(series: list[Series], *, xlabel: str, every: int = 4) -> str:
    """The series as a Markdown table (every ``every``-th point): the figure without matplotlib."""
    xs = series[0].x[::every]
    head = f"| {xlabel} | " + " | ".join(s.legend for s in series) + " |"
    rule = "|---" * (len(series) + 1) + "|"
    rows = [f"| {number(x)} | " + " | ".join(number(s.y[series[0].x.index(x)]) for s in series)
            + " |" for x in xs]
    return "\n".join([head, rule, *rows]) + "\n"
