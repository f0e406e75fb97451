"""The package list: everything under bigcust_desktop and bigcust_sim, plus the top-level
`resources/` folder shipped as `bigcust_desktop.resources` (mapped in pyproject.toml), with the
user guide (docs/user-guide.md, the one copy) added to it as `help/user-guide.md`."""

import shutil
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

GUIDE = Path(__file__).resolve().parent / "docs" / "user-guide.md"


class BuildWithGuide(build_py):
    """The Help menu reads the guide from the package: copy it in when building a wheel."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "bigcust_desktop" / "resources" / "help"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(GUIDE, target / "user-guide.md")


setup(
    packages=[
        *find_packages(include=["bigcust_desktop*", "bigcust_sim*"]),
        "bigcust_desktop.resources",
    ],
    cmdclass={"build_py": BuildWithGuide},
)
