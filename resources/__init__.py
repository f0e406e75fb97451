"""Files the app ships beside its code: icons and compiled translations.

Kept at the top level of the repository and shipped as `bigcust_desktop.resources` (mapped by
pyproject.toml), so `importlib.resources` finds them in an editable install, wheel and bundle.
"""
