"""The package list: everything under bigcust_desktop and bigcust_sim, plus the top-level
`resources/` folder shipped as `bigcust_desktop.resources` (mapped in pyproject.toml)."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["bigcust_desktop*", "bigcust_sim*"]),
        "bigcust_desktop.resources",
    ],
)
