"""Translatable text in the headless core, without importing Qt.

The wizard translates with Qt (``tr()``/``QCoreApplication.translate``). Text
that the *core* produces (findings, advice, symptom names) must be
translatable too, yet the core may not import Qt. So core text is written as
``QT_TRANSLATE_NOOP("Context", "English template")`` — the exact form
``pyside6-lupdate`` extracts from Python sources — which here returns a
:class:`Text`: the template, its context and (after ``.with_(...)``) its
parameters. Whoever displays it passes a ``translate(context, text)``
function: identity for the CLI, Qt's for the wizard; parameters are formatted
in after translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from app.core.record import Record

Translate = Callable[[str, str], str]
_NO_PARAMS: Mapping[str, object] = MappingProxyType({})  # shared: it is read-only


def identity(context: str, text: str) -> str:
    return text


class Text(Record):
    """An English template, its translation context and its parameters."""

    context: str
    template: str
    params: Mapping[str, object] = _NO_PARAMS

    def with_(self, **params: object) -> Text:
        return Text(self.context, self.template, MappingProxyType({**self.params, **params}))

    def render(self, translate: Translate = identity) -> str:
        """Translate, then fill in the parameters (nested texts are translated too)."""
        text = translate(self.context, self.template)
        if not self.params:
            return text
        params = {k: _param(v, translate) for k, v in self.params.items()}
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not crash
            return self.template.format(**params)

    def __str__(self) -> str:
        return self.render()


def _param(value: object, translate: Translate) -> object:
    if isinstance(value, Text):
        return value.render(translate)
    if isinstance(value, (tuple, list)) and all(isinstance(v, Text) for v in value):
        return " ".join(v.render(translate) for v in value)
    return value


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:
    """Mark ``text`` for translation under ``context``."""
    return Text(context, text)
