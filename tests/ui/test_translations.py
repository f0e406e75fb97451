"""The Chinese interface is complete and shipped compiled: every string of the code is in the
.ts file with a translation, and the .qm the app loads is the compiled .ts of today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def test_every_string_of_the_code_is_in_the_ts_file(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted((ROOT / "bigcust_desktop" / "ui").rglob("*.py"))]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    import xml.etree.ElementTree as ET

    def messages(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name", ""), m.findtext("source", ""))
            for c in root.iter("context")
            for m in c.iter("message")
        }

    missing = messages(fresh) - messages(I18N / "bigcust_zh_CN.ts")
    assert not missing, f"run `make translations`: {sorted(missing)[:10]}"
    assert not [m for m in messages(fresh) if m[0] == ""], "a tr() call lupdate cannot place"


def test_every_string_has_a_chinese_translation():
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[:2000]


def test_shipped_qm_is_the_compiled_ts(tmp_path):
    shipped = [I18N / f"bigcust_{language}.ts" for language in ("zh_CN", "en")]
    shipped += sorted(I18N.glob("qt_supplement_*.ts"))
    assert len(shipped) >= 3
    for ts in shipped:
        out = tmp_path / ts.with_suffix(".qm").name
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True
        )
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), ts.name


def test_the_shipped_translation_loads(qapp):
    from bigcust_desktop.ui.qt import QTranslator
    from bigcust_desktop.ui.translations import translation_path

    translator = QTranslator()
    assert translator.load(translation_path("zh_CN"))
    assert translator.translate("MainWindow", "Customers") == "客户"
    assert translator.translate("Errors", "Wrong user name or password.") == "用户名或密码错误。"
