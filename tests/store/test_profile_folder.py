"""Which folders may become a profile (issue 12): a new one, an empty one, or one that already
is a profile; anything else is refused untouched, with a message, never a traceback."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bigcust_desktop.store.profile import MARKER, Profile, ProfileError


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_folder_holding_other_files_is_refused_and_left_as_it_was(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    (shared / "report.docx").write_text("someone else's")
    with pytest.raises(ProfileError) as caught:
        Profile.resolve(shared)
    assert caught.value.code == "profile.foreign_folder"
    assert str(shared) in caught.value.message
    assert mode(shared) == 0o755
    assert {p.name for p in shared.iterdir()} == {"report.docx"}


def test_an_empty_path_is_refused_not_taken_for_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for empty in ("", "  "):
        with pytest.raises(ProfileError) as caught:
            Profile.resolve(empty)
        assert caught.value.code == "profile.empty_path"
    assert list(tmp_path.iterdir()) == []


def test_the_current_folder_with_files_in_it_is_refused(tmp_path, monkeypatch):
    (tmp_path / "notes.txt").write_text("x")
    tmp_path.chmod(0o755)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ProfileError):
        Profile.resolve(".")
    assert mode(tmp_path) == 0o755


def test_a_file_is_refused_with_a_message(tmp_path):
    path = tmp_path / "a-file"
    path.write_text("x")
    with pytest.raises(ProfileError) as caught:
        Profile.resolve(path)
    assert caught.value.code == "profile.not_a_folder"
    with pytest.raises(ProfileError) as caught:
        Profile.resolve(path / "below")
    assert caught.value.code == "profile.unusable"


def test_new_and_empty_folders_become_profiles_with_a_marker(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for root in (tmp_path / "new" / "deeper", empty):
        profile = Profile.resolve(root)
        assert (root / MARKER).is_file() and mode(root / MARKER) == 0o600
        assert mode(root) == 0o700
        assert Profile.resolve(root).root == profile.root  # and again, now it is a profile


def test_a_profile_keeps_being_one_whatever_it_holds(tmp_path):
    profile = Profile.resolve(tmp_path / "p")
    (profile.root / "something-later.txt").write_text("x")
    profile.root.chmod(0o755)
    Profile.resolve(profile.root)
    assert mode(profile.root) == 0o700


def test_a_profile_made_before_the_marker_is_adopted(tmp_path):
    old = tmp_path / "old"
    (old / "logs").mkdir(parents=True)
    (old / "exports").mkdir()
    (old / "cache.db").write_bytes(b"")
    (old / "settings.json").write_text("{}")
    Profile.resolve(old)
    assert (old / MARKER).is_file()


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bigcust_desktop", *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip


def test_cli_refuses_a_file_or_a_foreign_folder_with_a_message(tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    (tmp_path / "other.txt").write_text("x")
    for profile in (str(a_file), str(tmp_path), ""):
        done = run_cli("--profile", profile, "status")
        assert done.returncode == 2, done.stderr
        assert "profile" in done.stderr and "Traceback" not in done.stderr
        assert "internal error" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "other.txt"]
