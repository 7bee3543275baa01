"""`derive report` is safe to run on any folder and any document: it never writes over an input
or a file it did not write, two inputs never share an output, a refusal writes nothing, and
nothing a document says (caret notation, \\input, \\write18, \\catcode, \\end{verbatim}) reaches
TeX as a command."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from derive import cli, report
from derive.errors import DeriveError
from derive.render import latex, markdown

NOTE = "# A note\n\n$$\\frac{d}{dx} x^2 = 2x$$\n"
LECTURE = "\\documentclass{article}\n\\begin{document}\n\\[ \\frac{d}{dx} x^2 = 2x \\]\n\\end{document}\n"
MINE = "my own notes, not a report\n"
TEX_MARK = latex.GENERATED
MD_MARK = markdown.GENERATED


def snapshot(root: Path) -> dict[str, bytes | str]:
    """Every path under root with its bytes (files), its link target (symlinks) or 'dir'."""
    out: dict[str, bytes | str] = {}
    for p in sorted(root.rglob("*")):
        key = str(p.relative_to(root))
        if p.is_symlink():
            out[key] = "-> " + os.readlink(p)
        elif p.is_dir():
            out[key] = "dir"
        else:
            out[key] = p.read_bytes()
    return out


def derive(argv: list[str], cwd: Path, capsys) -> tuple[int, str, str]:
    """Run the `derive` command in-process in ``cwd``; (exit status, stdout, stderr)."""
    old = os.getcwd()
    os.chdir(cwd)
    try:
        code = cli.main(argv)
    finally:
        os.chdir(old)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def make(root: Path, files: dict[str, str]) -> None:
    """Files (``name: text``), folders (``name/: ""``) and symlinks (``name: "-> target"``)."""
    for name, body in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith("/"):
            p.mkdir(exist_ok=True)
        elif body.startswith("-> "):
            p.symlink_to(body[3:])
        else:
            p.write_text(body, encoding="utf-8")


# --------------------------------------------------------------------------- refusals


REFUSALS = [
    pytest.param({"lecture.tex": LECTURE}, ["lecture.tex", "-o", "."],
                 "derive: lecture.tex: would be written over the input lecture.tex", id="input-in-cwd"),
    pytest.param({"lecture.tex": LECTURE}, ["lecture.tex", "-o", ".", "--force"],
                 "derive: lecture.tex: would be written over the input", id="input-even-forced"),
    pytest.param({"n/lecture.tex": LECTURE}, ["n/lecture.tex", "-o", "n/.", "--force"],
                 "derive: n/lecture.tex: would be written over the input", id="input-other-spelling"),
    pytest.param({"lecture.tex": LECTURE, "out/lecture.tex": "-> ../lecture.tex"},
                 ["lecture.tex", "-o", "out", "--force"],
                 "derive: out/lecture.tex: would be written over the input", id="input-via-symlink"),
    pytest.param({"mse-sigmoid.tex": MINE}, ["--loss", "mse", "--activation", "sigmoid", "-o", "."],
                 "derive: mse-sigmoid.tex: exists and was not written", id="foreign-model-report"),
    pytest.param({"note.md": NOTE, "out/note.tex": MINE}, ["note.md", "-o", "out"],
                 "derive: out/note.tex: exists and was not written by derive report; --force",
                 id="foreign-tex"),
    pytest.param({"note.md": NOTE, "out/note.md": MINE}, ["note.md", "-o", "out", "--format", "md"],
                 "derive: out/note.md: exists and was not written", id="foreign-md"),
    pytest.param({"note.md": NOTE, "out/note.md": TEX_MARK}, ["note.md", "-o", "out", "--format", "md"],
                 "derive: out/note.md: exists and was not written", id="md-with-tex-marker"),
    pytest.param({"note.md": NOTE, "out/note.pdf": MINE}, ["note.md", "-o", "out", "--pdf"],
                 "derive: out/note.pdf: exists and was not written", id="foreign-pdf"),
    pytest.param({"note.md": NOTE, "out/note.pdf": MINE, "out/note.tex": MINE},
                 ["note.md", "-o", "out", "--pdf"],
                 "derive: out/note.tex: exists and was not written", id="pdf-beside-foreign-tex"),
    pytest.param({"note.md": NOTE, "victim.txt": MINE, "out/note.tex": "-> ../victim.txt"},
                 ["note.md", "-o", "out"], "derive: out/note.tex: exists and was not written",
                 id="symlink-to-foreign"),
    pytest.param({"note.md": NOTE, "out/note.tex/": ""}, ["note.md", "-o", "out", "--force"],
                 "derive: out/note.tex: is a directory", id="target-is-directory"),
    pytest.param({"x.md": NOTE, "y.md": NOTE, "out/y.tex": MINE}, ["x.md", "y.md", "-o", "out"],
                 "derive: out/y.tex: exists and was not written", id="second-refused-first-unwritten"),
    pytest.param({}, ["no/such.md", "-o", "out"], "derive: no/such.md: no such file",
                 id="missing-input"),
    pytest.param({"note.md": NOTE}, ["note.md", "missing.md", "-o", "out"],
                 "derive: missing.md: no such file", id="one-input-missing"),
    pytest.param({"note.md": NOTE, "out": MINE}, ["note.md", "-o", "out"],
                 "derive: out: exists and is not a directory", id="output-is-a-file"),
    pytest.param({"note.md": NOTE, "file": MINE}, ["note.md", "-o", "file/sub"],
                 "derive: file/sub: cannot create the output directory (", id="output-uncreatable"),
    pytest.param({"a/intro.md": NOTE}, ["a/intro.md", "a/../a/intro.md", "-o", "out"],
                 "derive: a/intro.md and a/../a/intro.md are the same file; give it once",
                 id="same-input-twice"),
    pytest.param({"a/intro.md": NOTE, "l.md": "-> a/intro.md"}, ["a/intro.md", "l.md", "-o", "out"],
                 "derive: a/intro.md and l.md are the same file", id="same-input-via-symlink"),
    pytest.param({"a/intro.md": NOTE, "b/intro.md": NOTE, "a-intro.md": NOTE},
                 ["a/intro.md", "b/intro.md", "a-intro.md", "-o", "out"],
                 "derive: a/intro.md and a-intro.md would both be reported as a-intro",
                 id="names-still-clash"),
]


@pytest.mark.parametrize("files, argv, message", REFUSALS)
def test_refusal_is_one_line_exit_2_and_writes_nothing(files, argv, message, tmp_path, capsys):
    make(tmp_path, files)
    before = snapshot(tmp_path)
    code, out, err = derive(["report", *argv], tmp_path, capsys)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(message), err
    assert out == ""
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------- what is written


WRITES = [
    pytest.param({"a/intro.md": "# a\n\n$$x = x$$\n", "b/intro.md": "# b\n\n$$y = y$$\n"},
                 ["a/intro.md", "b/intro.md", "-o", "out"],
                 {"out/a-intro.tex": "{\\Large\\bfseries a}", "out/b-intro.tex": "{\\Large\\bfseries b}"},
                 id="same-name-two-folders"),
    pytest.param({"x/a/intro.md": "# xa\n\n$$x = x$$\n", "y/a/intro.md": "# ya\n\n$$y = y$$\n",
                  "other.md": NOTE},
                 ["x/a/intro.md", "y/a/intro.md", "other.md", "-o", "out"],
                 {"out/x-a-intro.tex": "xa}", "out/y-a-intro.tex": "ya}", "out/other.tex": "A note"},
                 id="shortest-distinguishing-parents"),
    pytest.param({"a/Intro.md": "# a\n\n$$x = x$$\n", "b/intro.md": "# b\n\n$$y = y$$\n"},
                 ["a/Intro.md", "b/intro.md", "-o", "out"],
                 {"out/a-Intro.tex": "bfseries a}", "out/b-intro.tex": "bfseries b}"},
                 id="names-differing-in-case"),
    pytest.param({"note.md": NOTE, "out/note.tex": TEX_MARK + "old report\n"}, ["note.md", "-o", "out"],
                 {"out/note.tex": "A note"}, id="own-report-replaced"),
    pytest.param({"note.md": NOTE, "out/note.md": MD_MARK + "old report\n"},
                 ["note.md", "-o", "out", "--format", "md"], {"out/note.md": "# A note"},
                 id="own-md-replaced"),
    pytest.param({"note.md": NOTE, "out/note.tex": MINE}, ["note.md", "-o", "out", "--force"],
                 {"out/note.tex": "A note"}, id="force-replaces-foreign"),
    pytest.param({"note.md": NOTE, "victim.txt": MINE, "out/note.tex": "-> ../victim.txt"},
                 ["note.md", "-o", "out", "--force"],
                 {"out/note.tex": "A note", "victim.txt": MINE}, id="symlink-replaced-not-followed"),
    pytest.param({"lecture.tex": LECTURE}, ["lecture.tex", "-o", "new/deeper"],
                 {"new/deeper/lecture.tex": "lecture.tex", "lecture.tex": LECTURE},
                 id="output-directory-created"),
]


@pytest.mark.parametrize("files, argv, contents", WRITES)
def test_writes_only_its_reports(files, argv, contents, tmp_path, capsys):
    make(tmp_path, files)
    before = snapshot(tmp_path)
    code, out, err = derive(["report", *argv], tmp_path, capsys)
    assert (code, err) == (0, "")
    written = sorted(k for k in contents if k.startswith(argv[argv.index("-o") + 1] + "/"))
    assert sorted(out.split()) == written
    after = snapshot(tmp_path)
    for name, part in contents.items():
        assert not (tmp_path / name).is_symlink()
        body = (tmp_path / name).read_text(encoding="utf-8")
        assert part in body, name
        if name in written:
            assert body.startswith(MD_MARK if name.endswith(".md") else TEX_MARK)
    changed = {k for k in after if before.get(k) != after[k]}
    folders = {str(Path(w).parent) for w in written} | {str(p) for w in written
                                                        for p in Path(w).parents if str(p) != "."}
    assert changed <= set(written) | folders
    assert not [k for k in after if ".part" in k]  # no scratch file left behind


def test_rerun_gives_the_same_bytes(tmp_path, capsys):
    make(tmp_path, {"a/intro.md": NOTE, "b/intro.md": NOTE})
    argv = ["report", "a/intro.md", "b/intro.md", "-o", "out"]
    assert derive(argv, tmp_path, capsys)[0] == 0
    first = snapshot(tmp_path)
    assert derive(argv, tmp_path, capsys)[0] == 0
    assert snapshot(tmp_path) == first


@pytest.mark.parametrize("paths, names", [
    pytest.param(["n.md"], ["n"], id="one"),
    pytest.param(["a/intro.md", "b/intro.md"], ["a-intro", "b-intro"], id="two-folders"),
    pytest.param(["a/intro.md", "b/intro.tex"], ["a-intro", "b-intro"], id="md-and-tex"),
    pytest.param(["p/a/i.md", "q/a/i.md", "r/b/i.md"], ["p-a-i", "q-a-i", "r-b-i"], id="deeper"),
    pytest.param(["a/x.md", "b/y.md"], ["x", "y"], id="distinct-stems-kept"),
])
def test_output_names(paths, names, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert report.output_names(paths) == names


@pytest.mark.parametrize("files, target, ours", [
    pytest.param({"r.tex": TEX_MARK + "x"}, "r.tex", True, id="tex-with-marker"),
    pytest.param({"r.tex": "x\n" + TEX_MARK}, "r.tex", False, id="marker-not-first"),
    pytest.param({"r.md": MD_MARK}, "r.md", True, id="md-with-marker"),
    pytest.param({"r.pdf": MINE, "r.tex": TEX_MARK}, "r.pdf", True, id="pdf-beside-report"),
    pytest.param({"r.pdf": MINE}, "r.pdf", False, id="pdf-alone"),
    pytest.param({"r.pdf": MINE, "r.tex": MINE}, "r.pdf", False, id="pdf-beside-foreign-tex"),
    pytest.param({"r.txt": TEX_MARK}, "r.txt", False, id="other-suffix"),
])
def test_is_generated(files, target, ours, tmp_path):
    make(tmp_path, files)
    assert report.is_generated(tmp_path / target) is ours


def test_compile_pdf_keeps_a_foreign_pdf(tmp_path):
    make(tmp_path, {"r.tex": LECTURE, "r.pdf": MINE})
    with pytest.raises(DeriveError, match="exists and was not written"):
        report.compile_pdf(tmp_path / "r.tex")
    assert (tmp_path / "r.pdf").read_text() == MINE


def test_help_documents_the_output_rules(capsys):
    assert cli.main(["report", "--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    for part in ("--force", "a/intro.md b/intro.md -> DIR/a-intro.tex DIR/b-intro.tex",
                 "never written over", "nothing is written"):
        assert part in shown


# --------------------------------------------------------------------------- TeX injection


CARET_INPUT = "^^5cinput^^7b/etc/passwd^^7d"
HOSTILE = [  # (file name, text): each must give a report whose PDF holds no byte of /etc/passwd
    pytest.param("caret.md", "# Note\n\n$$a = x_{a" + CARET_INPUT + "} = b$$\n", id="caret-in-subscript"),
    pytest.param("caret-side.md", "# Note\n\n$$a = b " + CARET_INPUT + " = c$$\n", id="caret-side"),
    pytest.param("caret-cs.md", "# Note\n\n$$a = \\^^5cinput{/etc/passwd} = c$$\n", id="caret-in-cs-name"),
    pytest.param("openout.md", "# Note\n\n$$a = x^^5cimmediate^^5copenout1=PWNED.tex"
                 "^^5cimmediate^^5cwrite1^^7bx^^7d = b$$\n", id="caret-openout"),
    pytest.param("input.md", "# Note\n\n$$a = \\input{/etc/passwd} = b$$\n", id="input-in-formula"),
    pytest.param("heading.md", "# \\input{/etc/passwd}\n\n$$a = a$$\n\n## " + CARET_INPUT
                 + "\n\n$$b = b$$\n", id="input-in-headings"),
    pytest.param("heading.tex", "\\documentclass{article}\n\\begin{document}\n"
                 "\\section{\\input{/etc/passwd}}\n\\[ a = a \\]\n\\section{" + CARET_INPUT
                 + "}\n\\[ b = b \\]\n\\end{document}\n", id="input-in-latex-heading"),
    pytest.param("front.md", "---\ntitle: " + CARET_INPUT + "\nsource: \\input{/etc/passwd}\n---\n"
                 "# x\n\n$$a = a$$\n", id="front-matter"),
    pytest.param("write18.md", "# \\immediate\\write18{touch PWNED}\n\n"
                 "$$a = \\immediate\\write18{touch PWNED} = b$$\n", id="write18"),
    pytest.param("write.md", "# Note\n\n$$a = \\immediate\\write16{\\input{/etc/passwd}} = b$$\n",
                 id="immediate-write"),
    pytest.param("catcode.md", "# Note\n\n$$a = {\\catcode`\\^=12 ^^5cinput^^7b/etc/passwd^^7d} = b$$\n",
                 id="catcode"),
    pytest.param("verbatim.md", "# Note\n\n$$a = \\frac{1}{2 \\end{verbatim}" + CARET_INPUT
                 + "^^5cend^^7bverbatim^^7d = b$$\n", id="end-verbatim-in-caret-line"),
    pytest.param("refuted.md", "# Note\n\n$$x_{" + CARET_INPUT + "} + 1 = x_{" + CARET_INPUT
                 + "} + 2$$\n", id="caret-in-counterexample"),
    pytest.param("x" + CARET_INPUT.replace("/", "^^2f") + ".md", "# Note\n\n$$a = a$$\n",
                 id="caret-in-file-name"),
]


def need_tex():
    if shutil.which("latexmk") is None or shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("latexmk and pdftotext must be installed in CI")
        pytest.skip("latexmk or pdftotext not installed")


def passwd_lines() -> list[str]:
    lines = [x for x in Path("/etc/passwd").read_text().splitlines() if x.strip()][:3]
    return ["root:x:0:0", *lines]


@pytest.mark.parametrize("name, text", HOSTILE)
def test_hostile_document_cannot_reach_tex(name, text, tmp_path, capsys):
    need_tex()
    make(tmp_path, {f"src/{name}": text, "work/": ""})
    before = snapshot(tmp_path)
    code, out, err = derive(["report", f"../src/{name}", "-o", "../out", "--pdf"], tmp_path / "work",
                            capsys)
    assert (code, err) == (0, "")
    stem = Path(name).stem
    written = {f"out/{stem}.tex", f"out/{stem}.pdf"}
    after = snapshot(tmp_path)
    assert set(after) - set(before) == written | {"out"}  # no PWNED, no stray aux file
    assert {k for k in before if after.get(k) != before[k]} == set()
    shown = subprocess.run(["pdftotext", str(tmp_path / "out" / f"{stem}.pdf"), "-"],
                           capture_output=True, text=True, check=True).stdout
    for line in passwd_lines():
        assert line not in shown
    tex = (tmp_path / f"out/{stem}.tex").read_text(encoding="utf-8")
    outside = tex.split("\\begin{verbatim}")[0] + "".join(
        part.split("\\end{verbatim}", 1)[1] for part in tex.split("\\begin{verbatim}")[1:])
    assert "^^" not in outside and "\\input{" not in outside and "\\write" not in outside
    assert all(part.count("\\end{verbatim}") == 1 for part in tex.split("\\begin{verbatim}")[1:])


@pytest.mark.parametrize("name, text", HOSTILE)
def test_hostile_document_math_in_markdown(name, text, tmp_path, capsys):
    make(tmp_path, {f"src/{name}": text})
    code, _, err = derive(["report", f"src/{name}", "-o", "out", "--format", "md"], tmp_path, capsys)
    assert (code, err) == (0, "")
    md = (tmp_path / "out" / f"{Path(name).stem}.md").read_text(encoding="utf-8")
    prose = "".join(md.split("```")[::2])  # outside fenced blocks
    for math in prose.split("$")[1::2]:
        assert "^^" not in math and "\\input" not in math and "\\write" not in math


# TeX itself, with a .tex that does the damage outright: a missed escape still cannot read
# /etc/passwd, write outside its scratch folder or run a command.
RAW = [
    pytest.param("\\input{/etc/passwd}", id="input-absolute"),
    pytest.param("\\input{../../../../../../../../etc/passwd}", id="input-parent"),
    pytest.param("\\immediate\\openin1=/etc/passwd \\read1 to\\x \\x", id="openin"),
    pytest.param("\\immediate\\write18{touch PWNED}", id="write18"),
    pytest.param("\\immediate\\openout1=PWNED-OUT \\immediate\\write1{x}\\immediate\\closeout1",
                 id="openout-absolute"),
    pytest.param("\\immediate\\openout1=../PWNED-UP \\immediate\\write1{x}\\immediate\\closeout1",
                 id="openout-parent"),
]


@pytest.mark.parametrize("body", RAW)
def test_tex_runs_paranoid(body, tmp_path):
    need_tex()
    body = body.replace("PWNED", str(tmp_path / "PWNED")) if "PWNED-UP" not in body else body
    up = Path(tempfile.gettempdir()) / "PWNED-UP"  # ../ from TeX's scratch directory
    assert not up.exists()
    tex = tmp_path / "raw.tex"
    tex.write_text("\\documentclass{article}\n\\begin{document}\nstart " + body
                   + " end\n\\end{document}\n", encoding="utf-8")
    try:
        pdf, _ = report.compile_pdf(tex)
    except DeriveError:
        pdf = None  # TeX refused the file and stopped: that is fine too
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["raw.tex"] + (["raw.pdf"] if pdf else []))
    assert not up.exists()
    if pdf:
        shown = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
        for line in passwd_lines():
            assert line not in shown


@pytest.mark.parametrize("s", [
    pytest.param("a\\end{verbatim}\\input{/etc/passwd}", id="end-verbatim"),
    pytest.param("\\end{verbatim}\\end{verbatim}{verbatim}", id="twice"),
    pytest.param("x\t\\end{verbatim}\x0b\x00" + CARET_INPUT, id="control-characters"),
])
def test_verbatim_cannot_be_closed_early(s):
    block = latex.verbatim(s)
    assert block.count("\\end{verbatim}") == 1
    assert block.split("\\end{verbatim}")[1] in ("\n", "\n}\n")  # the block's own end, last
    assert all(c == "\n" or 32 <= ord(c) < 127 for c in block)


@pytest.mark.parametrize("s, shown", [
    pytest.param("\\input{x}", "\\textbackslash{}input\\{x\\}", id="backslash-braces"),
    pytest.param("$&#%_^~", "\\$\\&\\#\\%\\_\\^{}\\~{}", id="specials"),
    pytest.param(CARET_INPUT[:6], "\\^{}\\^{}5cin", id="caret"),
    pytest.param("a\nb\x0bc", "a b c", id="control-characters"),
])
def test_text_is_escaped(s, shown):
    assert latex.text(s) == shown


@pytest.mark.parametrize("s, shown", [
    pytest.param("<b>*x*</b>", "\\<b\\>\\*x\\*\\</b\\>", id="html-emphasis"),
    pytest.param("$\\input{x}$", "\\$\\\\input{x}\\$", id="math-and-backslash"),
    pytest.param("a\nb", "a b", id="newline"),
])
def test_markdown_text_is_escaped(s, shown):
    assert markdown.text(s) == shown


@pytest.mark.parametrize("s, shown", [
    pytest.param("a.md", "`a.md`", id="plain"),
    pytest.param("a`b.md", "``a`b.md``", id="backtick"),
    pytest.param("`a", "`` `a ``", id="leading-backtick"),
])
def test_markdown_code_span_cannot_be_closed_early(s, shown):
    assert markdown.code(s) == shown
