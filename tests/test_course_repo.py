"""Course repositories and grading at scale: folders, notebooks, stdin, several paths with a
missing one, locations with columns, CI output formats, --quiet, --version, -j, the
check_text API on threads and on a Dask cluster, and the pre-commit hook."""

from __future__ import annotations

import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from derive.cli import main

ROOT = Path(__file__).resolve().parent.parent
TANH_CELLS = [
    {"cell_type": "markdown", "metadata": {}, "source": ["# tanh\n", "Intro."]},
    {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
     "source": ["x = 1"]},
    {"cell_type": "markdown", "metadata": {},
     "source": ["$$\\frac{d}{dz}\\tanh(z) = 1 + \\tanh^2(z)$$\n"]},
]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def notes(tmp_path):
    """notes/: a notebook, a wrong note, a right one in a subfolder, and folders to skip."""
    root = tmp_path / "notes"
    (root / "sub").mkdir(parents=True)
    (root / "tanh.ipynb").write_text(json.dumps(
        {"cells": TANH_CELLS, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}))
    (root / "sub" / "ok.md").write_text("# ok\n\n$$\\frac{d}{dx} x^3 = 3x^2$$\n")
    (root / "wrong.md").write_text("# wrong\n\n$$\\frac{d}{dx} e^{-x} = e^{-x}$$\n")
    for skipped in (".hidden", ".venv", "node_modules"):
        (root / skipped).mkdir()
        (root / skipped / "x.md").write_text("$$1 = 2$$\n")
    (root / "env").mkdir()
    (root / "env" / "pyvenv.cfg").write_text("home = /usr\n")
    (root / "env" / "y.md").write_text("$$1 = 2$$\n")
    (root / "picture.png").write_bytes(b"\x89PNG\r\n")
    return root


def test_a_folder_is_every_derivation_under_it(notes, capsys):
    code, out, err = run(capsys, "check", str(notes), "--format", "json")
    paths = [f["path"] for f in json.loads(out)["files"]]
    assert code == 1 and err == ""
    assert paths == [str(notes / "sub" / "ok.md"), str(notes / "tanh.ipynb"),
                     str(notes / "wrong.md")]


def test_a_notebook_is_read_by_cell(notes, capsys):
    code, out, _ = run(capsys, "check", str(notes / "tanh.ipynb"))
    assert code == 1
    assert out.startswith(f"{notes / 'tanh.ipynb'}:cell 3:1:26  refuted     the sides differ by "
                          "the term `2 tanh²(z)`")
    code, out, _ = run(capsys, "check", str(notes / "tanh.ipynb"), "--format", "json")
    (step,) = json.loads(out)["files"][0]["steps"]
    assert (step["cell"], step["cell_line"], step["column"]) == (3, 1, 26)
    assert step["location"] == f"{notes / 'tanh.ipynb'}:cell 3:1:26"


def test_not_a_notebook_is_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.ipynb"
    bad.write_text("{not json")
    code, out, err = run(capsys, "check", str(bad))
    assert code == 2 and out == "" and err.startswith(f"derive: {bad}: not a Jupyter notebook (")
    assert err.count("\n") == 1


def test_a_missing_path_does_not_stop_the_others(notes, capsys):
    code, out, err = run(capsys, "check", str(notes / "nope.md"), str(notes / "wrong.md"))
    assert code == 2
    assert err == f"derive: {notes / 'nope.md'}: no such file\n"
    assert f"{notes / 'wrong.md'}:3:25  refuted" in out and out.endswith("1 refuted in 1 file\n")


def test_standard_input(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"$$\\frac{d}{dz} z^2 = 2z$$\n")))
    code, out, _ = run(capsys, "check", "-")
    assert code == 0 and out == "<stdin>:1:22  proved      SymPy shows the difference is 0\n" \
                                "1 proved in 1 file\n"


def test_version_and_quiet(notes, capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and re.fullmatch(r"derive \d+\.\d+\.\d+\n", out)
    code, out, _ = run(capsys, "check", str(notes), "--quiet")
    assert "proved" not in out.split("\n")[0] and "ok.md" not in out
    assert out.endswith("1 proved, 2 refuted in 3 files\n") and "\x1b[" not in out


def test_json_values_are_numbers(notes, capsys):
    _, out, _ = run(capsys, "check", str(notes / "wrong.md"), "--format", "json")
    (step,) = json.loads(out)["files"][0]["steps"]
    assert isinstance(step["lhs_value"], float) and step["lhs_value"] == -step["rhs_value"]
    assert isinstance(step["counterexample"]["x"], float)


def test_github_annotations(notes, tmp_path, capsys, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run(capsys, "check", str(notes / "wrong.md"), "--output-format", "github")
    assert code == 1
    assert out.splitlines()[0] == (f"::error file={notes / 'wrong.md'},line=3,col=25,"
                                   "title=derive%3A refuted::the right side is the left with its "
                                   "sign flipped; differs at a point: left = "
                                   "-0.35691744974734754687, right = 0.35691744974734754687")
    assert f"`{notes / 'wrong.md'}:3:25` | refuted |" in summary.read_text()


def test_github_cap_is_announced(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    many = tmp_path / "many.md"
    many.write_text("".join(f"$${k} + x = {k + 1} + x$$\n\n" for k in range(12)))
    code, out, _ = run(capsys, "check", str(many), "--output-format", "github")
    assert code == 1 and out.count("::error ") == 12
    assert "::notice title=derive::12 errors; GitHub annotates the first 10" in out


def test_junit_has_a_case_per_claim(notes, capsys):
    code, out, _ = run(capsys, "check", str(notes), "--output-format", "junit")
    root = ET.fromstring(out)
    cases = root.findall(".//testcase")
    assert code == 1 and root.get("tests") == "3" and root.get("failures") == "2"
    assert [c.get("name") for c in cases] == [f"{notes / 'sub' / 'ok.md'}:3:22",
                                              f"{notes / 'tanh.ipynb'}:cell 3:1:26",
                                              f"{notes / 'wrong.md'}:3:25"]
    assert cases[2].find("failure").get("type") == "refuted"


def test_sarif_for_code_scanning(notes, capsys):
    code, out, _ = run(capsys, "check", str(notes / "wrong.md"), "--output-format", "sarif")
    doc = json.loads(out)
    assert doc["version"] == "2.1.0" and doc["runs"][0]["tool"]["driver"]["name"] == "derive"
    (result,) = doc["runs"][0]["results"]
    assert result["ruleId"] == "refuted" and result["level"] == "error"
    where = result["locations"][0]["physicalLocation"]
    assert where["region"] == {"startLine": 3, "startColumn": 25}
    assert where["artifactLocation"]["uri"] == str(notes / "wrong.md")


def test_jobs_give_the_same_bytes(notes, capsys):
    for fmt in ("json", "text"):
        one = run(capsys, "check", str(notes), "-j", "1", "--format", fmt)
        two = run(capsys, "check", str(notes), "-j", "2", "--format", fmt)
        assert one == two and one[0] == 1


def test_check_text_is_the_json_of_one_file(notes, capsys):
    from derive import check_text

    _, out, _ = run(capsys, "check", str(notes / "wrong.md"), "--format", "json")
    text = (notes / "wrong.md").read_text()
    assert check_text(text, path=str(notes / "wrong.md")) == json.loads(out)["files"][0]
    assert pickle.loads(pickle.dumps(check_text)) is check_text
    found = {}
    worker = threading.Thread(target=lambda: found.update(check_text(text, path="w.md")))
    worker.start()
    worker.join(60)
    assert found["summary"] == {"refuted": 1}  # time limits work off the main thread too


def test_a_dask_cluster_gives_the_same_results(notes):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        argv = [sys.executable, "-m", "derive.cli", "check", str(notes), "--format", "json"]
        on_dask = subprocess.run(argv + ["--dask", cluster.scheduler_address],
                                 capture_output=True, text=True, timeout=300)
    local = subprocess.run(argv + ["-j", "1"], capture_output=True, text=True, timeout=300)
    assert on_dask.returncode == local.returncode == 1
    assert on_dask.stdout == local.stdout and on_dask.stderr == ""


def test_dask_scheduler_unreachable_is_one_line(notes, capsys):
    pytest.importorskip("distributed")
    code, out, err = run(capsys, "check", str(notes), "--dask", "tcp://127.0.0.1:9")
    assert code == 2 and err.startswith("derive: --dask tcp://127.0.0.1:9: cannot reach the scheduler")
    assert err.count("\n") == 1


def test_pre_commit_hook_runs_on_staged_files(tmp_path):
    yaml = pytest.importorskip("yaml")  # pre-commit's own manifest format
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "derive-check" and hook["language"] == "python"
    if shutil.which("git") is None:
        pytest.skip("git not installed")
    repo = tmp_path / "course"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(git + ["init", "-q"], check=True)
    (repo / "good.md").write_text("$$\\frac{d}{dx} x^3 = 3x^2$$\n")
    (repo / "bad.md").write_text("$$\\frac{d}{dx} e^{-x} = e^{-x}$$\n")
    (repo / "code.py").write_text("x = 1\n")
    subprocess.run(git + ["add", "good.md", "code.py"], check=True)

    def hook_run() -> subprocess.CompletedProcess:
        """What pre-commit does: the staged files its `files` pattern matches, to its entry."""
        staged = subprocess.run(git + ["diff", "--cached", "--name-only"], check=True,
                                capture_output=True, text=True).stdout.split()
        files = [f for f in staged if re.search(hook["files"], f)]
        entry = hook["entry"].split()
        return subprocess.run([sys.executable, "-m", "derive.cli", *entry[1:], *files],
                              cwd=repo, capture_output=True, text=True, timeout=120)

    ok = hook_run()
    assert ok.returncode == 0 and ok.stdout == "1 proved in 1 file\n"
    subprocess.run(git + ["add", "bad.md"], check=True)
    bad = hook_run()
    assert bad.returncode == 1 and bad.stdout.startswith("bad.md:1:25  refuted")
    assert os.path.exists(repo / "bad.md")  # the hook only reads


def _readme_block(language: str, containing: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in text.split(f"```{language}\n")[1:]:
        body = block.split("```", 1)[0]
        if containing in body:
            return body
    raise AssertionError(f"no ```{language} block with {containing!r} in the README")


def test_readme_github_workflow_runs_as_written(notes, tmp_path):
    yaml = pytest.importorskip("yaml")
    workflow = yaml.safe_load(_readme_block("yaml", "actions/checkout"))
    steps = workflow["jobs"]["derive"]["steps"]
    command = steps[-1]["run"].split()
    assert command[:3] == ["derive", "check", "notes/"]
    (tmp_path / "repo").mkdir()
    shutil.copytree(notes, tmp_path / "repo" / "notes")
    done = subprocess.run([sys.executable, "-m", "derive.cli", *command[1:]], cwd=tmp_path / "repo",
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    assert done.stdout.splitlines()[0].startswith("::error file=notes/tanh.ipynb,line=4,col=26,")


def test_readme_dask_bag_recipe_runs(notes):
    pytest.importorskip("dask.bag")
    recipe = _readme_block("python", "dask.bag")
    paths = [str(notes / "sub" / "ok.md"), str(notes / "wrong.md")]
    scope = {"paths": paths}
    exec(compile(recipe, "README.md", "exec"), scope)  # the README's own code, not a user's file
    assert [r["summary"] for r in scope["results"]] == [{"proved": 1}, {"refuted": 1}]


def test_myst_and_quarto_maths(tmp_path, capsys):
    note = tmp_path / "lecture.md"
    note.write_text("# MyST\n\n```{math}\n:label: tanh\n\\frac{d}{dz}\\tanh(z) = 1 + \\tanh^2(z)\n```\n\n"
                    "Inline, {math}`\\frac{d}{dx} x^2 = 2x` holds.\n")
    code, out, _ = run(capsys, "check", str(note))
    assert code == 1
    assert out.splitlines()[0].startswith(f"{note}:5:24  refuted")
    assert out.splitlines()[2].startswith(f"{note}:8:35  proved")
    quarto = tmp_path / "lecture.qmd"
    quarto.write_text("---\ntitle: q\n---\n\n$$\\frac{d}{dx} x^2 = 2x$$ {#eq-sq}\n")
    code, out, _ = run(capsys, "check", str(quarto))
    assert code == 0 and out.startswith(f"{quarto}:5:") and "proved" in out


def _on_a_terminal(argv, env) -> str:
    """derive's output when its stdout is a terminal (a pseudo-terminal here)."""
    import pty

    leader, follower = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "derive.cli", *argv], stdout=follower,
                          stderr=subprocess.PIPE, env=env, timeout=120)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert done.returncode == 1
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_only_on_a_terminal_and_never_with_no_color(notes):
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    coloured = _on_a_terminal(["check", str(notes / "wrong.md")], env)
    assert "\x1b[31;1mrefuted   \x1b[0m" in coloured
    plain = _on_a_terminal(["check", str(notes / "wrong.md")], {**env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain and "refuted" in plain
