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


@dataclass(frozen=True)
class Panel:
    """One set of axes: its series and the y label (LaTeX for pgfplots, plain for matplotlib)."""

    series: tuple[Series, ...]
    ylabel_tex: str
    ylabel: str


@dataclass(frozen=True)
class Figure:
    """Panels side by side against z, with one caption (LaTeX) and its plain-text title."""

    panels: tuple[Panel, ...]
    caption: str
    title: str
    xlabel_tex: str = "$z$"
    xlabel: str = "z"


def pgfplots(fig: Figure) -> str:
    """A ``figure`` environment: each panel a pgfplots axis, side by side, with the caption."""
    width = 0.92 / len(fig.panels)
    lines = ["\\begin{figure}[ht]", "\\centering"]
    for panel in fig.panels:
        lines += _axis(panel, fig.xlabel_tex, width)
    lines += [f"\\caption{{{fig.caption}}}", "\\end{figure}", ""]
    return "\n".join(lines)


def _axis(panel: Panel, xlabel: str, width: float) -> list[str]:
    series = panel.series
    top = max((abs(v) for s in series for v in s.y if math.isfinite(v)), default=1.0)
    capped = f", ymax={number(CAP)}, restrict y to domain=-{number(CAP)}:{number(CAP)}" \
        if top > CAP else ""
    columns = 2 if len(series) > 2 else 1
    lines = ["\\begin{tikzpicture}",
             f"\\begin{{axis}}[width={width:.2f}\\textwidth, height={0.5 * width + 0.12:.2f}"
             "\\textwidth, grid=major,",
             f"  xlabel={{{xlabel}}}, ylabel={{{panel.ylabel_tex}}}, xmin={number(series[0].x[0])}, "
             f"xmax={number(series[0].x[-1])}, unbounded coords=jump{capped},",
             "  yticklabel style={/pgf/number format/fixed}, scaled y ticks=false,",
             "  legend style={font=\\footnotesize, at={(0.5,-0.22)}, anchor=north, "
             f"legend columns={columns}}}, legend cell align=left]"]
    for s in series:
        style = f"{COLOURS[s.colour % len(COLOURS)]}, {STYLES[s.dash % len(STYLES)]}, thick"
        coords = " ".join(f"({number(x)},{number(y)})" for x, y in zip(s.x, s.y, strict=True))
        lines.append(f"\\addplot[{style}] coordinates {{{coords}}};")
        lines.append(f"\\addlegendentry{{{_legend_tex(s.legend)}}}")
    lines += ["\\end{axis}", "\\end{tikzpicture}"]
    return lines


def can_draw_png() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def png(fig: Figure) -> bytes:
    """The figure as PNG bytes (matplotlib, no timestamp: the same data gives the same bytes)."""
    import io

    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"font.size": 10}):
        plot, axes = plt.subplots(1, len(fig.panels), figsize=(5.2 * len(fig.panels), 4.2),
                                  dpi=100, squeeze=False)
        try:
            for ax, panel in zip(axes[0], fig.panels, strict=True):
                for s in panel.series:
                    y = [v if math.isfinite(v) and abs(v) <= CAP else math.nan for v in s.y]
                    ax.plot(s.x, y, MPL_STYLES[s.dash % len(MPL_STYLES)],
                            color=MPL_COLOURS[s.colour % len(MPL_COLOURS)], label=s.legend, lw=1.8)
                ax.set_xlabel(fig.xlabel)
                ax.set_ylabel(panel.ylabel)
                ax.grid(True, alpha=0.35)
                ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), fontsize=8,
                          frameon=False, ncol=2 if len(panel.series) > 2 else 1)
            plot.suptitle(fig.title)
            plot.tight_layout()
            out = io.BytesIO()
            plot.savefig(out, format="png", metadata={"Software": None})
        finally:
            plt.close(plot)
    return out.getvalue()


def table_md(fig: Figure, every: int = 4) -> str:
    """The figure's values as a Markdown table (every ``every``-th z): the figure without
    matplotlib."""
    series = [s for panel in fig.panels for s in panel.series]
    labels = [f"{panel.ylabel}: {s.legend}" for panel in fig.panels for s in panel.series]
    xs = series[0].x
    head = f"| {fig.xlabel} | " + " | ".join(labels) + " |"
    rule = "|--:" * (len(series) + 1) + "|"
    rows = [f"| {number(xs[k])} | " + " | ".join(number(s.y[k]) for s in series) + " |"
            for k in range(0, len(xs), every)]
    return "\n".join([head, rule, *rows]) + "\n"
