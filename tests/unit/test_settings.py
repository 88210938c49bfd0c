"""Settings validated at load (issue 12 item 5, issue 10 item 4): every wrong value names its field, where
it was set and what is allowed; users carry scrypt hashes, never plain passwords."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_cli

from assistant.errors import ConfigError
from assistant.settings import Settings
from assistant.users import authenticate, parse_users


@pytest.mark.parametrize("variable,value,expected", [
    ("MOTE_TOP_K", "abc", "MOTE_TOP_K ska vara ett heltal från 1 till 100, inte 'abc'"),
    ("MOTE_TOP_K", "0", "MOTE_TOP_K ska vara ett heltal från 1 till 100"),
    ("MOTE_TOP_K", "-5", "inte '-5'"),
    ("MOTE_REFUSAL_THRESHOLD", "nan", "MOTE_REFUSAL_THRESHOLD ska vara ett tal från 0 till 1, inte 'nan'"),
    ("MOTE_ANSWER_MODE", "bogus", "MOTE_ANSWER_MODE ska vara extractive eller llm"),
    ("MOTE_PORT", "99999", "MOTE_PORT ska vara ett heltal från 1 till 65535"),
    ("MOTE_LLM_PROVIDER", "gpt", "openai eller ollama"),
    ("MOTE_MAX_QUESTION_CHARS", "5", "MOTE_MAX_QUESTION_CHARS ska vara ett heltal från 10"),
    ("MOTE_CHROMA_URL", "chroma:8000", "http://"),
    ("MOTE_INDEX_PATH", "", "MOTE_INDEX_PATH"),
    ("MOTE_AUTH", "anna:hemligt", "MOTE_AUTH finns inte längre"),
    ("MOTE_USERS", "anna:läsare:hemligt", "aldrig klartext"),
    ("MOTE_USERS", "anna:chef:-", "rollen 'chef' finns inte"),
])
def test_invalid_settings_name_the_field_and_what_is_allowed(monkeypatch: pytest.MonkeyPatch, variable: str,
                                                             value: str, expected: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        Settings.load()
    assert expected in caught.value.message


def test_config_file_errors_name_the_file(tmp_path: Path) -> None:
    config = tmp_path / "assistant.toml"
    config.write_text('top_k = 2.5\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=f"top_k i {config} ska vara ett heltal"):
        Settings.load(config)
    config.write_text('topp_k = 3\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=f"Okända inställningar: topp_k i {config}"):
        Settings.load(config)
    config.write_text('top_k = \n', encoding="utf-8")
    with pytest.raises(ConfigError, match="kan inte läsas"):
        Settings.load(config)
    config.write_text('top_k = 7\nanswer_mode = "llm"\n', encoding="utf-8")
    assert (Settings.load(config).top_k, Settings.load(config).answer_mode) == (7, "llm")


def test_cli_reports_a_bad_setting_with_exit_code_2(tmp_path: Path) -> None:
    result = run_cli("documents", "--index", str(tmp_path / "idx"), env={"MOTE_TOP_K": "abc"})
    assert result.exit_code == 2
    assert "Fel: Inställningen MOTE_TOP_K ska vara ett heltal från 1 till 100, inte 'abc'." in result.output


def test_hash_password_makes_a_users_entry_that_signs_in() -> None:
    result = run_cli("hash-password", "--user", "anna", "--role", "sekreterare", "--groups", "presidiet",
                     stdin="ett-långt-lösenord\nett-långt-lösenord\n")
    assert result.exit_code == 0, result.output
    entry = result.stdout.strip().splitlines()[-1]
    assert entry.startswith("anna:sekreterare:scrypt$") and entry.endswith(":presidiet")
    assert "ett-långt-lösenord" not in entry
    users = parse_users(entry)
    assert users["anna"].manages_documents and users["anna"].groups == ("presidiet",)
    assert authenticate(users, "anna", "ett-långt-lösenord")
    assert not authenticate(users, "anna", "fel-lösenord") and not authenticate(users, "bo", "ett-långt-lösenord")
    short = run_cli("hash-password", stdin="kort\nkort\n")
    assert short.exit_code == 2 and "minst 10 tecken" in short.output
