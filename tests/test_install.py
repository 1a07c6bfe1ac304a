"""A wheel of kg, installed outside the checkout, carries its ontology and saved queries.

Offline: the wheel is built with this venv's setuptools (--no-build-isolation --no-index) from a copy
of the sources, and installed with --no-deps into a throwaway venv that borrows this venv's packages.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile

import pytest

from conftest import ROOT, SMALL_TRIG

SOURCES = ["kg", "ontology", "queries", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md"]


def run(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(wheel, venv) with kg installed from the wheel; the checkout is nowhere on its path."""
    tmp = tmp_path_factory.mktemp("install")
    src = tmp / "src"
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, src / name)
    built = run(sys.executable, "-m", "pip", "wheel", "-q", "--no-build-isolation", "--no-index",
                "--no-deps", "-w", tmp / "dist", src, cwd=tmp)
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp / "dist").glob("*.whl")

    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    python = venv / "bin" / "python"
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp)
    # the dependencies come from this venv: a plain path entry (its .pth files, such as the
    # editable install of the checkout, are not run)
    (tmp / site.stdout.strip() / "kg-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    done = run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-index",
               "--no-deps", wheel, cwd=tmp)
    assert done.returncode == 0, done.stderr
    return wheel, venv


def test_the_wheel_holds_the_ontology_and_the_queries(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("kg.ttl", "shapes.ttl", "context.jsonld"):
        assert f"kg/data/ontology/{name}" in names
    queries = {p.name for p in (ROOT / "queries").glob("*.rq")}
    assert queries and {n.rsplit("/", 1)[1] for n in names if n.startswith("kg/data/queries/")} == queries


def test_the_installed_kg_validates_exports_and_queries(installed, tmp_path):
    _, venv = installed
    where = run(venv / "bin" / "python", "-c", "import kg; print(kg.__file__)", cwd=tmp_path)
    assert where.stdout.startswith(str(venv)), where.stdout + where.stderr

    kg = venv / "bin" / "kg"
    good = tmp_path / "small.trig"
    good.write_text(SMALL_TRIG, encoding="utf-8")
    ok = run(kg, "validate", good, cwd=tmp_path)
    assert ok.returncode == 0 and "conforms to kg's shapes" in ok.stdout, ok.stdout + ok.stderr
    bad = tmp_path / "bad.trig"  # a document without its source: the shapes are really applied
    bad.write_text(SMALL_TRIG.replace('kg:source "shanxi.txt"', 'kg:source 7'), encoding="utf-8")
    refused = run(kg, "validate", bad, cwd=tmp_path)
    assert refused.returncode == 1 and "kg:source" in refused.stdout, refused.stdout + refused.stderr

    out = tmp_path / "g.jsonld"
    exported = run(kg, "export", good, "--format", "jsonld", "--include-ontology", "--out", out, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert "kg" in doc["@context"] and "https://w3id.org/kg-news/ontology" in out.read_text()

    listed = run(kg, "query", "--list", cwd=tmp_path)
    assert listed.returncode == 0 and "relations" in listed.stdout and "suppliers" in listed.stdout
    answered = run(kg, "query", good, "relations", "--format", "csv", cwd=tmp_path)
    assert answered.returncode == 0 and "supplies" in answered.stdout, answered.stdout + answered.stderr
