"""Ship the top-level ontology/ and queries/ folders inside the kg package of a wheel (as kg/data/...).

Everything else is in pyproject.toml. An editable install reads the folders from the checkout instead.
"""
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("ontology", "queries")


class BuildPy(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for folder in SHIPPED:
            self.copy_tree(folder, str(Path(self.build_lib) / "kg" / "data" / folder))


setup(cmdclass={"build_py": BuildPy})
